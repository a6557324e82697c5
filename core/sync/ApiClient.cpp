#include "ApiClient.h"

#include "WireFormat.h"
#include "store/PrintableText.h"

#include "json/JsonScanner.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace satellite {

namespace {

// The server's words from {"error": "..."} or {"error": {"message": ...}}.
QString rawServerWords(const QByteArray &body)
{
    JsonScanner scanner(body);
    const auto members = scanner.objectMembers();
    if (!members)
        return {};
    for (const JsonScanner::Member &member : *members) {
        if (member.key != u"error")
            continue;
        if (auto text = JsonScanner::decodeString(member.raw))
            return *text;
        JsonScanner inner(member.raw);
        for (const JsonScanner::Member &field :
             inner.objectMembers().value_or(QList<JsonScanner::Member>())) {
            if (field.key == u"message")
                return JsonScanner::decodeString(field.raw).value_or(QString());
        }
        return QString::fromUtf8(member.raw);
    }
    return {};
}

// What the server says, made safe to print and keep.
QString serverWords(const QByteArray &body)
{
    return PrintableText::escaped(rawServerWords(body));
}

// Bodies smaller than this go as they are: coding them saves next to nothing.
constexpr qsizetype kCompressFromBytes = 1024;

// HTTP's "deflate" coding is a zlib stream: qCompress's output without the
// four bytes of length it puts first.
QByteArray deflateCoded(const QByteArray &body)
{
    return qCompress(body).mid(4);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *manager)
    : m_manager(manager)
{ }

QString ApiClient::appVersion()
{
    return QStringLiteral(SATELLITE_VERSION);
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query, int timeoutMs) const
{
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Authorization", m_settings.credentials.authorizationHeader());
    request.setRawHeader("msupply-site-uuid", m_settings.installationId.toUtf8());
    request.setRawHeader("app-name", "satellite");
    request.setRawHeader("app-version", appVersion().toUtf8());
    request.setRawHeader("Accept", "application/json");
    // No Accept-Encoding of ours: Qt then asks for gzip and deflate itself and
    // decodes the reply, so every check below reads the decoded body.
    if (!m_compression)
        request.setRawHeader("Accept-Encoding", "identity");
    return request;
}

ApiClient::Reply ApiClient::get(const QString &path, const QUrlQuery &query, int timeoutMs)
{
    const QNetworkRequest get = request(path, query, timeoutMs);
    Reply reply = wait(m_manager->get(get));
    if (!reply.undecodable)
        return reply;
    // Qt takes a reply that compresses too well (a thousandfold: a record of
    // one letter repeated) for an archive bomb: asked again, uncompressed.
    QNetworkRequest plain = get;
    plain.setRawHeader("Accept-Encoding", "identity");
    return wait(m_manager->get(plain));
}

ApiClient::Reply ApiClient::post(const QString &path, const QUrlQuery &query,
                                 const QByteArray &body, int timeoutMs)
{
    QNetworkRequest post = request(path, query, timeoutMs);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!compressesBodies() || body.size() < kCompressFromBytes)
        return wait(m_manager->post(post, body));
    post.setRawHeader("Content-Encoding", "deflate");
    Reply reply = wait(m_manager->post(post, deflateCoded(body)));
    if (reply.status == 415) {
        // It said it takes them, then did not: plain bodies from now on.
        m_serverTakesDeflate = false;
        post.setRawHeader("Content-Encoding", "identity");
        return wait(m_manager->post(post, body));
    }
    return reply;
}

void ApiClient::noteServerCodings(QNetworkReply *reply)
{
    const QByteArray accepted = reply->rawHeader("Accept-Encoding").toLower();
    if (!accepted.isEmpty())
        m_serverTakesDeflate = accepted.contains("deflate");
}

ApiClient::Reply ApiClient::wait(QNetworkReply *reply)
{
    // Deleted here, not later: a whole sync runs inside one event, so a
    // deleteLater() would keep every reply of the sync, and its body, until
    // the sync ends (memory growing with the size of the sync).
    const std::unique_ptr<QNetworkReply> owner(reply);
    QEventLoop loop;
    bool cancelled = false;
    bool tooLarge = false;
    // The lambdas below see this call's locals: they die with `scope`.
    QObject scope;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    m_lastCertificate.clear();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, &scope, [this, reply](const QList<QSslError> &) {
            const QByteArray fingerprint = reply->sslConfiguration()
                                               .peerCertificate()
                                               .digest(QCryptographicHash::Sha256)
                                               .toHex();
            m_lastCertificate = QString::fromLatin1(fingerprint);
            if (!m_settings.trustedCertificateSha256.isEmpty()
                && m_lastCertificate.compare(m_settings.trustedCertificateSha256,
                                             Qt::CaseInsensitive)
                    == 0)
                reply->ignoreSslErrors(); // the user chose to trust exactly this certificate
        });
    // The body is taken as it comes, into one buffer with room for its
    // reader's padding: never the whole of it twice (Qt's buffer and a copy).
    QByteArray body;
    QObject::connect(reply, &QNetworkReply::readyRead, &scope, [&] {
        if (tooLarge)
            return;
        const qint64 incoming = body.size() + reply->bytesAvailable();
        if (incoming > m_settings.maxReplyBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        if (body.isEmpty()) {
            const qint64 announced
                = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            body.reserve(
                qsizetype(std::clamp<qint64>(announced, incoming, m_settings.maxReplyBytes))
                + WireFormat::kPadding);
        }
        const qsizetype start = body.size();
        body.resize(qsizetype(incoming));
        const qint64 read = reply->read(body.data() + start, incoming - start);
        body.resize(start + qsizetype(std::max<qint64>(read, 0)));
    });
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QObject::connect(reply, &QNetworkReply::uploadProgress, &scope,
                     [&](qint64 sent, qint64) { bytesSent = sent; });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &scope,
                     [&](qint64 received, qint64) { bytesReceived = received; });
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &scope, [&] {
        if (m_cancel && m_cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    cancelWatch.start(50);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        // The thread is being told to quit: its event loops return at once.
        cancelled = true;
        reply->abort();
    }
    if (reply->isOpen() && !tooLarge)
        body += reply->readAll(); // what came with the end
    if (body.capacity() - body.size() < WireFormat::kPadding)
        body.reserve(body.size() + WireFormat::kPadding);
    if (reply->error() == QNetworkReply::NoError)
        noteServerCodings(reply);
    Reply result = interpret(reply, body, cancelled, tooLarge);
    result.undecodable = reply->error() == QNetworkReply::UnknownContentError
        && !reply->rawHeader("Content-Encoding").isEmpty();
    result.bytesSent = bytesSent;
    result.bytesReceived = std::max(bytesReceived, qint64(0));
    return result;
}

ApiClient::Reply ApiClient::interpret(QNetworkReply *reply, const QByteArray &body, bool cancelled,
                                      bool tooLarge)
{
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = body;
    if (tooLarge) {
        result.error
            = {SyncError::Kind::Protocol,
               QStringLiteral("the answer was larger than %1 bytes").arg(m_settings.maxReplyBytes)};
    } else if (result.status >= 400) {
        result.error = httpError(result.status, body);
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = networkError(reply, cancelled);
        if (result.error.kind == SyncError::Kind::Tls)
            result.error.certificateSha256 = m_lastCertificate;
    } else if (!body.trimmed().startsWith('[')) {
        // Arrays are checked by their reader; everything else must be a JSON object
        // without an error in it.
        JsonScanner scanner(body);
        if (!scanner.isValid())
            result.error
                = {SyncError::Kind::Protocol,
                   QStringLiteral("the answer is not JSON (%1)").arg(scanner.errorString())};
        else if (const QString words = serverWords(body); !words.isEmpty())
            result.error = {SyncError::Kind::Server, words};
    }
    return result;
}

SyncError ApiClient::networkError(QNetworkReply *reply, bool cancelled)
{
    using Kind = SyncError::Kind;
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return cancelled ? SyncError{Kind::Cancelled, {}} : SyncError{Kind::Timeout, detail};
    case QNetworkReply::TimeoutError: return {Kind::Timeout, detail};
    case QNetworkReply::SslHandshakeFailedError: return {Kind::Tls, detail};
    case QNetworkReply::InsecureRedirectError: {
        // Not a certificate problem: the server sent the call elsewhere.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return {Kind::Server,
                QCoreApplication::translate("ApiClient",
                                            "The server sent the request on to another address "
                                            "(%1); only redirects within the same server are "
                                            "followed. Check the server address.")
                    .arg(PrintableText::escaped(target.toDisplayString())),
                status >= 300 ? status : 400};
    }
    case QNetworkReply::RemoteHostClosedError:
        // Closed mid-answer: a cut-off reply, worth another try.
        return {Kind::Protocol, detail};
    default: return {Kind::Offline, detail};
    }
}

SyncError ApiClient::httpError(int status, const QByteArray &body)
{
    using Kind = SyncError::Kind;
    const QString words = serverWords(body);
    const QString detail = words.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : words;
    if (status == 401 && words.startsWith(u"Site registration doesn't match"))
        return {Kind::HardwareLock, words, status};
    if (status == 401 || status == 403)
        return {Kind::Credentials, detail, status};
    return {Kind::Server, detail, status};
}

} // namespace satellite
