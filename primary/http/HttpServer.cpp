#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>
#include <sys/resource.h>

namespace primary::http {

namespace {

// Descriptors kept free for the database, its WAL and Qt's own.
constexpr rlim_t kReservedFiles = 32;

int capFor(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const rlim_t room = limit.rlim_cur > kReservedFiles * 2 ? limit.rlim_cur - kReservedFiles
                                                            : limit.rlim_cur / 2;
    return int(qMin(rlim_t(wanted), qMax(room, rlim_t(1))));
}

} // namespace

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
    m_cap = capFor(m_limits.maxConnections);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
    connect(m_server.get(), &QTcpServer::acceptError, this, &HttpServer::acceptFailed);
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
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_cap && !makeRoom()) {
            socket->abort(); // every connection is being answered: this one waits its turn
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        m_connections.append(connection);
        connect(connection, &QObject::destroyed, this,
                [this, connection] { m_connections.removeOne(connection); });
        connect(connection, &HttpConnection::exchangeFinished, this,
                &HttpServer::scheduleBetweenCalls);
    }
}

bool HttpServer::makeRoom()
{
    // The connection idle longest goes first, then the one whose request has
    // been arriving longest; one that is being answered is never cut off.
    HttpConnection *victim = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (connection->isBeingAnswered())
            continue;
        if (!victim || connection->isIdle() > victim->isIdle()
            || (connection->isIdle() == victim->isIdle()
                && connection->quietSince() < victim->quietSince()))
            victim = connection;
    }
    if (!victim)
        return false;
    m_connections.removeOne(victim);
    victim->closeNow();
    return true;
}

void HttpServer::acceptFailed()
{
    // Out of descriptors all the same (another part of the process took
    // them): Qt stopped accepting. Free one and start again shortly, rather
    // than leave every new client unanswered.
    makeRoom();
    QTimer::singleShot(100, this, [this] {
        if (m_server)
            m_server->resumeAccepting();
    });
}

void HttpServer::scheduleBetweenCalls()
{
    if (!m_betweenCalls || m_betweenCallsDue)
        return;
    m_betweenCallsDue = true;
    // After the connection has taken in a request that came behind the reply.
    QTimer::singleShot(0, this, [this] {
        m_betweenCallsDue = false;
        m_betweenCalls();
    });
}

} // namespace primary::http
