#include "ScriptedServer.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace {

// Reads one request from the front of `buffer`; false while it is incomplete.
bool takeRequest(QByteArray &buffer, ScriptedServer::Request *request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    request->method = first.value(0);
    const QString target = QString::fromUtf8(first.value(1));
    request->path = target.section(u'?', 0, 0);
    request->query = target.section(u'?', 1);
    request->body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

} // namespace

ScriptedServer::ScriptedServer(Script script)
    : m_script(std::move(script))
{ }

ScriptedServer::~ScriptedServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool ScriptedServer::start()
{
    QSemaphore ready;
    m_anchor.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        &m_anchor,
        [this, &ready] {
            auto *server = new QTcpServer();
            QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
            if (server->listen(QHostAddress::LocalHost, 0)) {
                m_port = server->serverPort();
                serve(*server);
            }
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
    return m_port != 0;
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QStringList ScriptedServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<QByteArray> ScriptedServer::bodiesOf(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    QList<QByteArray> bodies;
    for (const Request &request : m_received) {
        if (request.path == path)
            bodies.append(request.body);
    }
    return bodies;
}

void ScriptedServer::serve(QTcpServer &server)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                Request request;
                while (takeRequest(*buffer, &request)) {
                    {
                        QMutexLocker lock(&m_mutex);
                        m_requests.append(QString::fromLatin1(request.method) + u' '
                                          + request.path);
                        m_received.append(request);
                    }
                    const Reply reply = m_script(request);
                    socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
                                  + " Scripted\r\nContent-Type: application/json\r\n"
                                  + reply.headers
                                  + "Content-Length: " + QByteArray::number(reply.body.size())
                                  + "\r\n\r\n" + reply.body);
                }
            });
        }
    });
}

std::optional<ScriptedServer::Reply> ScriptedServer::loginAnswer(const Request &request)
{
    const QString path = request.path.endsWith(u'/') ? request.path.chopped(1) : request.path;
    if (path == u"/sync/v2/site")
        return Reply{200, R"({"SiteID":2,"StoreID":"STORE","NameID":"STORENAME","ServerID":1})"};
    if (path == u"/sync/v2/user")
        return Reply{200, R"({"UserID":"USER"})"};
    if (path == u"/sync/v2/initial_dump" || path == u"/sync/v2/acknowledged_records"
        || (path == u"/sync/v2/queued_records" && request.method == "POST"))
        return Reply{200, "{}"};
    return std::nullopt;
}
