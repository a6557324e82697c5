#include "HttpConnection.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace primary::http {

namespace {

// A body may take a millisecond per 16 bytes (16 kB/s) beyond the request
// deadline: a big push over a 2G line still gets in, a trickle does not stay.
constexpr qint64 kBodyBytesPerMs = 16;
// How long what a client still sends after a refusal is read and dropped, so
// that closing does not reset the connection before it has read the refusal.
constexpr int kLingerMs = 2000;
// Smaller replies go as they are: the coding's header would outweigh the gain.
constexpr qsizetype kCompressFromBytes = 256;
// What replies say about request bodies: a client may compress what it sends.
constexpr char kAcceptedCodings[] = "gzip, deflate";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray errorBody(const QByteArray &message)
{
    return QByteArrayLiteral("{\"error\":\"") + message + QByteArrayLiteral("\"}");
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer::Handler handler,
                               HttpServer::Limits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_tls(qobject_cast<QSslSocket *>(socket) != nullptr)
{
    m_socket->setParent(this);
    // Replies go out as written: Nagle plus delayed ACKs would add ~40 ms a round trip.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::replyProgressed);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::expire);
    bindReads(headBound());
    enterIdle();
    readIncoming();
}

void HttpConnection::closeNow()
{
    m_timer.stop();
    m_socket->abort();
    deleteLater();
}

void HttpConnection::enterIdle()
{
    m_state = State::Idle;
    m_quietSince = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::bindReads(qint64 bytes)
{
    // The socket reads from the client until its buffer holds `bytes`.
    // Setting the same size again would not look at the buffer anew.
    if (m_socket->readBufferSize() == bytes)
        m_socket->setReadBufferSize(bytes + 1);
    m_socket->setReadBufferSize(bytes);
}

void HttpConnection::acknowledgeAtOnce()
{
#ifdef TCP_QUICKACK
    // Clients that write a POST's head and body apart (QNetworkAccessManager
    // does) hold the body back until the head is acknowledged (Nagle); a
    // delayed ACK would cost them 40 ms a request. Linux resets this after a
    // while, so it is set again on every read.
    const int on = 1;
    ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
}

void HttpConnection::readIncoming()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_state == State::Closing) {
        discardIncoming();
        return;
    }
    if (m_state == State::Answering)
        return; // what comes next waits: one request at a time
    acknowledgeAtOnce();
    const qint64 available = m_socket->bytesAvailable();
    if (available == 0)
        return;
    if (m_state == State::Idle) {
        // The whole request must arrive within the deadline, however it trickles in.
        m_state = State::Receiving;
        m_quietSince = QDateTime::currentMSecsSinceEpoch();
        m_timer.start(m_limits.requestTimeoutMs);
    }
    if (!m_request) {
        // Never more than the limit is read while the head is incomplete,
        // in one read or in many.
        const QByteArray start = m_socket->peek(qMin<qint64>(available, headBound()));
        const qsizetype end = start.indexOf("\r\n\r\n");
        if (end < 0) {
            if (start.size() >= headBound())
                failRequest(431, QByteArrayLiteral("request header too large"));
            return;
        }
        if (!parseHead(QByteArrayView(start).first(end)))
            return;
        m_headLength = end + 4;
        m_timer.start(int(qMin<qint64>(m_timer.remainingTime() + m_bodyLength / kBodyBytesPerMs,
                                       std::numeric_limits<int>::max())));
        // TLS reads whole records, so it keeps room for one beyond the request.
        const qint64 request = m_headLength + m_bodyLength;
        bindReads(m_tls ? qMax<qint64>(request, headBound()) : request);
    }
    if (m_socket->bytesAvailable() >= m_headLength + m_bodyLength)
        dispatch();
}

void HttpConnection::discardIncoming()
{
    m_socket->skip(m_socket->bytesAvailable());
    bindReads(headBound());
}

bool HttpConnection::parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        failRequest(400, QByteArrayLiteral("malformed request line"));
        return false;
    }
    HttpRequest request;
    request.method = requestLine[0];
    request.peer = m_socket->peerAddress();
    const QUrl url(QString::fromLatin1(requestLine[1]));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                               lines[i].mid(colon + 1).trimmed());
    }

    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = requestLine[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    if (!request.header("transfer-encoding").isEmpty()) {
        failRequest(411, QByteArrayLiteral("chunked bodies are not accepted: send Content-Length"));
        return false;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    m_bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || m_bodyLength < 0) {
        failRequest(400, QByteArrayLiteral("invalid Content-Length"));
        return false;
    }
    if (m_bodyLength > m_limits.maxBodyBytes) {
        failRequest(413,
                    QByteArrayLiteral("request body is larger than the server accepts (")
                        + QByteArray::number(m_limits.maxBodyBytes) + " bytes)");
        return false;
    }
    m_request = std::move(request);
    return true;
}

void HttpConnection::dispatch()
{
    // Peeked, not read: the request holds the socket's buffer until answered.
    QByteArray bytes = m_socket->peek(m_headLength + m_bodyLength);
    m_request->body = std::move(bytes.remove(0, m_headLength));
    HttpRequest request = std::move(*m_request);
    m_request.reset();
    if (!decodeBody(request))
        return;
    m_replyCoding = HttpCompression::choose(request.header("accept-encoding"));
    m_state = State::Answering;
    m_timer.stop();
    const HttpResponse response = m_handler(request);
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, response] { deliver(response); });
        return;
    }
    deliver(response);
}

// A body the client compressed is inflated before the handler sees it, never
// beyond the body limit.
bool HttpConnection::decodeBody(HttpRequest &request)
{
    const auto coding = HttpCompression::parse(request.header("content-encoding"));
    if (!coding) {
        failRequest(415,
                    QByteArrayLiteral("unsupported Content-Encoding: send gzip, deflate or "
                                      "identity"));
        return false;
    }
    if (*coding == HttpCompression::Coding::Identity)
        return true;
    bool tooLarge = false;
    auto body
        = HttpCompression::decompress(request.body, *coding, m_limits.maxBodyBytes, &tooLarge);
    if (!body) {
        if (tooLarge)
            failRequest(413,
                        QByteArrayLiteral("request body is larger than the server accepts (")
                            + QByteArray::number(m_limits.maxBodyBytes) + " bytes)");
        else
            failRequest(
                400, QByteArrayLiteral("the body is not valid ") + HttpCompression::name(*coding));
        return false;
    }
    request.body = std::move(*body);
    request.headers.remove("content-encoding");
    return true;
}

void HttpConnection::deliver(HttpResponse response)
{
    // A truncated reply goes uncoded: Qt reads a compressed body cut short
    // as a whole one (it drops Content-Length to decode), while HTTP's framing
    // shows the cut of a plain one. A cut line (RST) shows either.
    if (m_replyCoding != HttpCompression::Coding::Identity
        && response.body.size() >= kCompressFromBytes
        && response.delivery != HttpResponse::Delivery::Truncate) {
        response.body = HttpCompression::compress(response.body, m_replyCoding);
        response.extraHeaders.append({"Content-Encoding", HttpCompression::name(m_replyCoding)});
    }
    // A client that reads nothing is given up after the idle timeout.
    m_timer.start(m_limits.idleTimeoutMs);
    switch (response.delivery) {
    case HttpResponse::Delivery::Complete:
        writeResponse(response, response.body.size());
        if (!m_keepAlive)
            finish();
        else
            replyProgressed();
        break;
    case HttpResponse::Delivery::Drop: closeNow(); break;
    case HttpResponse::Delivery::Stall:
        // Answer nothing; the timer closes it.
        m_keepAlive = false;
        break;
    case HttpResponse::Delivery::Truncate:
        m_keepAlive = false;
        writeResponse(response, response.body.size() / 2);
        finish();
        break;
    }
}

void HttpConnection::writeResponse(const HttpResponse &response, qsizetype bodyBytes)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += QByteArrayLiteral("Vary: Accept-Encoding\r\nAccept-Encoding: ") + kAcceptedCodings
        + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    m_socket->write(response.body.constData(), bodyBytes);
    m_replyWritten = true;
}

void HttpConnection::replyProgressed()
{
    if (m_state != State::Answering || !m_replyWritten || !m_keepAlive)
        return;
    m_timer.start(m_limits.idleTimeoutMs); // the client is reading
    if (m_socket->bytesToWrite() == 0)
        finishExchange();
}

void HttpConnection::finishExchange()
{
    // The reply is out: let the request go and read what comes next.
    m_socket->skip(m_headLength + m_bodyLength);
    m_headLength = 0;
    m_bodyLength = 0;
    m_replyWritten = false;
    bindReads(headBound());
    enterIdle();
    emit exchangeFinished();
    readIncoming(); // a request that arrived behind this one is buffered already
}

void HttpConnection::failRequest(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_request.reset();
    m_replyCoding = HttpCompression::Coding::Identity;
    m_state = State::Closing;
    const HttpResponse response = HttpResponse::json(status, errorBody(message));
    writeResponse(response, response.body.size());
    discardIncoming();
    m_timer.start(kLingerMs);
}

void HttpConnection::finish()
{
    m_socket->disconnectFromHost(); // flushes what was written, then closes
}

void HttpConnection::expire()
{
    switch (m_state) {
    case State::Receiving:
        failRequest(408, QByteArrayLiteral("the request took too long to arrive"));
        break;
    case State::Closing:
        // Closed in order once the refusal has left; cut off if it cannot.
        if (m_socket->bytesToWrite() == 0)
            finish();
        else
            closeNow();
        break;
    case State::Idle:
    case State::Answering: closeNow(); break;
    }
}

} // namespace primary::http
