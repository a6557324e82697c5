#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <functional>
#include <memory>

class QTcpServer;

namespace primary::http {

class HttpConnection;

// A small HTTP/1.1 server (keep-alive, Content-Length bodies, optional TLS).
// Ours rather than QHttpServer: fault injection needs the socket (drop, stall,
// truncate) and an oversized body must be refused before it is read.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024;
        qsizetype maxBodyBytes = 64 * 1024 * 1024;
        // Between requests; also how long a reply may wait for a client that
        // does not read it.
        int idleTimeoutMs = 120 * 1000;
        // From a request's first byte to its last, plus a second per 16 kB
        // of its body (a slow line still gets a big push in).
        int requestTimeoutMs = 60 * 1000;
        // Open connections; lowered to what the open-file limit allows.
        int maxConnections = 512;
    };

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Turns TLS on for the next listen().
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    void close();
    // The connections it keeps open at most.
    int connectionCap() const { return m_cap; }
    // Work done between calls, once a reply is out (not while one is read
    // or answered): called from the event loop after each reply.
    void setBetweenCalls(std::function<void()> work) { m_betweenCalls = std::move(work); }

private:
    void acceptPending();
    void acceptFailed();
    bool makeRoom();
    void scheduleBetweenCalls();

    Handler m_handler;
    Limits m_limits;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QTcpServer> m_server;
    QList<HttpConnection *> m_connections;
    int m_cap = 0;
    std::function<void()> m_betweenCalls;
    bool m_betweenCallsDue = false;
};

} // namespace primary::http
