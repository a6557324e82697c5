#include "HttpClient.h"

#include "PrimarySimProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>

QString HttpClient::Reply::errorText() const
{
    const QJsonValue value = object().value(u"error");
    return value.isObject() ? value.toObject().value(u"message").toString() : value.toString();
}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
{ }

void HttpClient::setSiteIds(int fromSite, int toSite)
{
    m_fromSite = fromSite;
    m_toSite = toSite;
}

QNetworkRequest HttpClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_credentials.isEmpty())
        request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    if (!m_hardwareUuid.isEmpty())
        request.setRawHeader("msupply-site-uuid", m_hardwareUuid);
    // The token of the primary-sim the test started there, unless one was set.
    const QByteArray adminToken = m_adminToken.isEmpty() && path.startsWith(u"/admin/")
        ? PrimarySimProcess::adminTokenFor(m_base)
        : m_adminToken;
    if (!adminToken.isEmpty())
        request.setRawHeader("X-Admin-Token", adminToken);
    if (!m_acceptEncoding.isEmpty())
        request.setRawHeader("Accept-Encoding", m_acceptEncoding);
    return request;
}

HttpClient::Reply HttpClient::get(const QString &path, const QUrlQuery &query)
{
    return wait(m_manager.get(request(path, query)));
}

HttpClient::Reply HttpClient::post(const QString &path, const QByteArray &body,
                                   const QUrlQuery &query)
{
    QNetworkRequest post = request(path, query);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return wait(m_manager.post(post, body));
}

HttpClient::Reply HttpClient::syncGet(const QString &path, QUrlQuery query)
{
    query.addQueryItem(QStringLiteral("from_site"), QString::number(m_fromSite));
    query.addQueryItem(QStringLiteral("to_site"), QString::number(m_toSite));
    return get(path, query);
}

HttpClient::Reply HttpClient::syncPost(const QString &path, const QByteArray &body)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from_site"), QString::number(m_fromSite));
    query.addQueryItem(QStringLiteral("to_site"), QString::number(m_toSite));
    return post(path, body, query);
}

HttpClient::Reply HttpClient::wait(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    if (m_ignoreSslErrors)
        reply->ignoreSslErrors();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return result;
}
