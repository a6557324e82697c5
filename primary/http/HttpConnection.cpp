#include "HttpConnection.h"

#include <QTcpSocket>
#include <QUrl>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace primary::http {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
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
{
    m_socket->setParent(this);
    // Replies go out as written: Nagle plus delayed ACKs would add ~40 ms a round trip.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_idleTimer.start();
    readIncoming();
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
    m_idleTimer.start();
    acknowledgeAtOnce();
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_buffer.append(m_socket->readAll());
    while (!m_busy) {
        if (!m_request) {
            const ParseResult head = parseHead();
            if (head != ParseResult::Ready)
                return;
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request->body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        dispatch();
        if (!m_keepAlive)
            return;
    }
}

HttpConnection::ParseResult HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            failRequest(431, QByteArrayLiteral("request header too large"));
            return ParseResult::Failed;
        }
        return ParseResult::NeedMore;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        failRequest(400, QByteArrayLiteral("malformed request line"));
        return ParseResult::Failed;
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
        return ParseResult::Failed;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    m_bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || m_bodyLength < 0) {
        failRequest(400, QByteArrayLiteral("invalid Content-Length"));
        return ParseResult::Failed;
    }
    if (m_bodyLength > m_limits.maxBodyBytes) {
        failRequest(413,
                    QByteArrayLiteral("request body is larger than the server accepts (")
                        + QByteArray::number(m_limits.maxBodyBytes) + " bytes)");
        return ParseResult::Failed;
    }
    m_request = std::move(request);
    return ParseResult::Ready;
}

void HttpConnection::dispatch()
{
    const HttpRequest request = std::move(*m_request);
    m_request.reset();
    const HttpResponse response = m_handler(request);
    if (response.delayMs > 0) {
        m_busy = true;
        QTimer::singleShot(response.delayMs, this, [this, response] {
            m_busy = false;
            deliver(response);
            if (m_keepAlive && !m_busy)
                readIncoming();
        });
        return;
    }
    deliver(response);
}

void HttpConnection::deliver(const HttpResponse &response)
{
    switch (response.delivery) {
    case HttpResponse::Delivery::Complete:
        writeResponse(response, response.body.size());
        if (!m_keepAlive)
            finish();
        break;
    case HttpResponse::Delivery::Drop:
        m_keepAlive = false;
        m_socket->abort();
        deleteLater();
        break;
    case HttpResponse::Delivery::Stall:
        // Read nothing more and answer nothing; the idle timer closes it.
        m_busy = true;
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
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    m_socket->write(response.body.constData(), bodyBytes);
}

void HttpConnection::failRequest(int status, const QByteArray &message)
{
    m_keepAlive = false;
    const HttpResponse response = HttpResponse::json(status, errorBody(message));
    writeResponse(response, response.body.size());
    finish();
}

void HttpConnection::finish()
{
    m_socket->disconnectFromHost(); // flushes what was written, then closes
}

} // namespace primary::http
