#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <functional>
#include <memory>

class QTcpServer;

namespace primary::http {

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
        int idleTimeoutMs = 120 * 1000;
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

private:
    void acceptPending();

    Handler m_handler;
    Limits m_limits;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QTcpServer> m_server;
};

} // namespace primary::http
