#pragma once

#include "sync/SiteCredentials.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

// A blocking HTTP client for tests: real requests over loopback, answered
// when the reply is complete (or failed).
class HttpClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        qint64 elapsedMs = 0;

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QJsonArray array() const { return json().array(); }
        // The text of {"error": "..."} or {"error": {"message": "..."}}.
        QString errorText() const;
    };

    explicit HttpClient(QUrl base);

    void setCredentials(const satellite::SiteCredentials &credentials)
    {
        m_credentials = credentials;
    }
    void setHardwareUuid(const QByteArray &uuid) { m_hardwareUuid = uuid; }
    // Sent on every call; without it, /admin calls to a primary-sim started by
    // PrimarySimProcess carry that one's token.
    void setAdminToken(const QByteArray &token) { m_adminToken = token; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }
    // Sent as Accept-Encoding (Qt then leaves the body as it comes); unset,
    // Qt asks for compression and decodes the reply.
    void setAcceptEncoding(const QByteArray &codings) { m_acceptEncoding = codings; }
    // from_site and to_site for the sync calls.
    void setSiteIds(int fromSite, int toSite = 1);

    Reply get(const QString &path, const QUrlQuery &query = {});
    Reply post(const QString &path, const QByteArray &body, const QUrlQuery &query = {});
    // A sync call: adds from_site and to_site to the query.
    Reply syncGet(const QString &path, QUrlQuery query = {});
    Reply syncPost(const QString &path, const QByteArray &body);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    Reply wait(QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_manager;
    satellite::SiteCredentials m_credentials;
    QByteArray m_hardwareUuid;
    QByteArray m_adminToken;
    QByteArray m_acceptEncoding;
    int m_timeoutMs = 60000;
    bool m_ignoreSslErrors = false;
    int m_fromSite = 0;
    int m_toSite = 1;
};
