#include "LineSimulator.h"

#include "LinkRelay.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace satellite::bench {

LineSimulator::LineSimulator(const LineProfile &profile, QString targetHost, quint16 targetPort)
    : m_profile(profile)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{ }

LineSimulator::~LineSimulator()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_onThread.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_onThread.reset(); // its thread has ended
}

bool LineSimulator::start()
{
    m_thread.setObjectName(QStringLiteral("line-simulator"));
    m_onThread = std::make_unique<QObject>();
    m_onThread->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_onThread.get(),
        [this, &listening] {
            m_server = new QTcpServer; // on the line's thread: its relays live there
            QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] {
                while (QTcpSocket *client = m_server->nextPendingConnection())
                    new LinkRelay(client, m_targetHost, m_targetPort, m_profile, m_counters,
                                  QRandomGenerator::global()->generate64(), m_server);
            });
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QString LineSimulator::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray LineSimulator::upstream()
{
    const QMutexLocker lock(&m_counters.upstreamMutex);
    return m_counters.upstream;
}

void LineSimulator::resetCounters()
{
    m_counters.bytesDown = 0;
    m_counters.bytesUp = 0;
    m_counters.connections = 0;
    m_counters.drops = 0;
    m_counters.cutAfterDownBytes = -1;
    const QMutexLocker lock(&m_counters.upstreamMutex);
    m_counters.upstream.clear();
}

} // namespace satellite::bench
