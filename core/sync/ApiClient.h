#pragma once

#include "SiteCredentials.h"
#include "SyncError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace satellite {

// Talks to the primary for the sync engine, on the engine's thread: builds
// each request (auth, site UUID, app headers, idle timeout, same-origin
// redirects only) and turns every way a call can fail into a SyncError.
// Calls block the calling thread's work, not its event loop.
class ApiClient
{
public:
    struct Settings
    {
        QUrl baseUrl;
        SiteCredentials credentials;
        QString installationId;
        QString trustedCertificateSha256; // hex; a certificate the user chose to trust
        int timeoutMs = 60000; // idle (transfer) timeout
        qint64 maxReplyBytes = 512LL * 1024 * 1024;
    };

    struct Reply
    {
        SyncError error;
        int status = 0;
        QByteArray body; // decoded: what the server wrote before any content coding
        qint64 bytesSent = 0; // on the wire, as coded, heads not counted
        qint64 bytesReceived = 0;
        bool undecodable = false; // compressed, and Qt would not decode it
    };

    explicit ApiClient(QNetworkAccessManager *manager);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    // Checked while a call is running: set, it aborts the call as Cancelled.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Reply get(const QString &path, const QUrlQuery &query, int timeoutMs = 0);
    Reply post(const QString &path, const QUrlQuery &query, const QByteArray &body,
               int timeoutMs = 0);

    // Whether replies may come compressed (Qt asks for gzip and deflate and
    // decodes them) and push bodies go compressed to a server that said it
    // takes them; off, every call says Accept-Encoding: identity.
    void setCompression(bool on) { m_compression = on; }
    // Whether push bodies go compressed: only to a server that said it takes
    // them (Accept-Encoding in its replies), until it refuses one.
    bool compressesBodies() const { return m_compression && m_serverTakesDeflate; }

    // The fingerprint of the certificate the last TLS failure was about.
    QString lastCertificateSha256() const { return m_lastCertificate; }

    static QString appVersion();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query, int timeoutMs) const;
    Reply wait(QNetworkReply *reply);
    void noteServerCodings(QNetworkReply *reply);
    Reply interpret(QNetworkReply *reply, const QByteArray &body, bool cancelled, bool tooLarge);
    static SyncError networkError(QNetworkReply *reply, bool cancelled);
    static SyncError httpError(int status, const QByteArray &body);

    QNetworkAccessManager *m_manager;
    Settings m_settings;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_lastCertificate;
    bool m_compression = true;
    bool m_serverTakesDeflate = false;
};

} // namespace satellite
