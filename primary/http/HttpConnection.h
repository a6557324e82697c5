#pragma once

#include "HttpServer.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace primary::http {

// One client connection: reads requests one after another (keep-alive), hands
// each to the handler and writes the response the way it asks to be delivered.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer::Handler handler, HttpServer::Limits limits,
                   QObject *parent);

private:
    enum class ParseResult { NeedMore, Ready, Failed };

    void readIncoming();
    void acknowledgeAtOnce();
    ParseResult parseHead();
    void dispatch();
    void deliver(const HttpResponse &response);
    void writeResponse(const HttpResponse &response, qsizetype bodyBytes);
    void failRequest(int status, const QByteArray &message);
    void finish();

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    HttpServer::Limits m_limits;
    QByteArray m_buffer;
    std::optional<HttpRequest> m_request; // head parsed, body pending
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_busy = false; // a response is being delayed or stalled
    QTimer m_idleTimer;
};

} // namespace primary::http
