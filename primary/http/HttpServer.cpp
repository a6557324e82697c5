#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

namespace primary::http {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

HttpServer::~HttpServer() = default;

void HttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (isTls()) {
        auto sslServer = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        sslServer->setSslConfiguration(configuration);
        m_server = std::move(sslServer);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_limits, this);
}

} // namespace primary::http
