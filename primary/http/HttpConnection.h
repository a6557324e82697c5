#pragma once

#include "HttpCompression.h"
#include "HttpServer.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace primary::http {

// One client connection: reads requests one after another (keep-alive), hands
// each to the handler and writes the response the way it asks to be delivered.
//
// A request stays in the socket's read buffer until its reply has gone out,
// and that buffer is sized to hold exactly it: the socket then reads nothing
// more from the client, so what a slow or stalled reply holds in memory is
// bounded, a client that writes without reading is held back by TCP, and a
// client that half-closed its side after asking still gets its answer (the
// end of its stream is read only once nothing is owed).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer::Handler handler, HttpServer::Limits limits,
                   QObject *parent);

    // Waiting for a request (or done with a refused one): may be closed to
    // make room for another client.
    bool isIdle() const { return m_state == State::Idle || m_state == State::Closing; }
    bool isBeingAnswered() const { return m_state == State::Answering; }
    // When it finished its last request, or began receiving this one.
    qint64 quietSince() const { return m_quietSince; }
    void closeNow();

signals:
    // A reply is out whole; the connection reads what comes next.
    void exchangeFinished();

private:
    enum class State {
        Idle, // between requests
        Receiving, // part of a request is here; its deadline runs
        Answering, // the handler has it; the reply is delayed, stalled or leaving
        Closing, // an error was sent; what the client still sends is discarded
    };

    void readIncoming();
    void discardIncoming();
    void acknowledgeAtOnce();
    bool parseHead(QByteArrayView head);
    void dispatch();
    bool decodeBody(HttpRequest &request);
    void deliver(HttpResponse response);
    void writeResponse(const HttpResponse &response, qsizetype bodyBytes);
    void replyProgressed();
    void finishExchange();
    void failRequest(int status, const QByteArray &message);
    void finish();
    void expire();
    void enterIdle();
    void bindReads(qint64 bytes);
    qsizetype headBound() const { return m_limits.maxHeaderBytes + 4; }

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    HttpServer::Limits m_limits;
    State m_state = State::Idle;
    std::optional<HttpRequest> m_request; // head parsed, body pending
    qsizetype m_headLength = 0;
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_tls = false;
    bool m_replyWritten = false;
    HttpCompression::Coding m_replyCoding = HttpCompression::Coding::Identity;
    qint64 m_quietSince = 0;
    QTimer m_timer; // the deadline of the current state
};

} // namespace primary::http
