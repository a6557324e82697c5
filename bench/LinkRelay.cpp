#include "LinkRelay.h"

#include <QTcpSocket>
#include <cmath>

namespace satellite::bench {

namespace {

// Bytes are put on the line in pieces this size: the pace is smooth enough,
// and a cut can fall inside a reply.
constexpr qsizetype kPieceBytes = 4096;

qint64 nsFor(qint64 bytes, double bytesPerSecond)
{
    return bytesPerSecond > 0 ? qint64(double(bytes) * 1e9 / bytesPerSecond) : 0;
}

} // namespace

LinkRelay::LinkRelay(QTcpSocket *client, const QString &targetHost, quint16 targetPort,
                     const LineProfile &profile, LineCounters &counters, quint64 seed,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_server(new QTcpSocket(this))
    , m_profile(profile)
    , m_counters(counters)
    , m_random(seed)
{
    m_clock.start();
    m_client->setParent(this);
    ++m_counters.connections;
    const qint64 handshakeNs = qint64(profile.roundTripMs) * 1'000'000;
    for (auto [direction, from, to, rate, down] :
         {std::tuple{&m_up, m_client, m_server, profile.upBytesPerSecond(), false},
          std::tuple{&m_down, m_server, m_client, profile.downBytesPerSecond(), true}}) {
        direction->from = from;
        direction->to = to;
        direction->bytesPerSecond = rate;
        direction->down = down;
        // Nothing crosses before TCP's handshake would have made its round trip.
        direction->lineFreeAtNs = handshakeNs;
        direction->timer.setSingleShot(true);
        direction->timer.setTimerType(Qt::PreciseTimer);
        connect(&direction->timer, &QTimer::timeout, this,
                [this, direction] { deliver(*direction); });
        connect(from, &QTcpSocket::readyRead, this, [this, direction] { take(*direction); });
        connect(from, &QTcpSocket::disconnected, this, [this, direction] {
            take(*direction);
            direction->fromClosed = true;
            closeWhenDrained();
        });
        from->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    if (profile.bytesPerDrop > 0) {
        std::exponential_distribution<double> distance(1.0 / double(profile.bytesPerDrop));
        m_bytesToNextDrop = std::max<qint64>(1, qint64(distance(m_random)));
    }
    connect(m_server, &QTcpSocket::connected, this, [this] {
        m_serverConnected = true;
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        deliver(m_up);
    });
    connect(m_server, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_serverConnected)
            drop(); // the primary is not there: the satellite sees its connection fail
    });
    m_server->connectToHost(targetHost, targetPort);
}

void LinkRelay::take(Direction &direction)
{
    if (m_dropped)
        return;
    QByteArray incoming = direction.from->readAll();
    if (!direction.down && m_counters.recordingUp) {
        const QMutexLocker lock(&m_counters.upstreamMutex);
        m_counters.upstream += incoming;
    }
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 oneWayNs = qint64(m_profile.roundTripMs) * 500'000;
    for (qsizetype at = 0; at < incoming.size(); at += kPieceBytes) {
        QByteArray piece = incoming.mid(at, kPieceBytes);
        const qint64 start = std::max(now, direction.lineFreeAtNs);
        direction.lineFreeAtNs = start + nsFor(piece.size(), direction.bytesPerSecond);
        direction.inFlight.emplace_back(direction.lineFreeAtNs + oneWayNs, std::move(piece));
    }
    schedule(direction);
}

void LinkRelay::schedule(Direction &direction)
{
    if (direction.inFlight.empty() || direction.timer.isActive())
        return;
    const qint64 waitNs = direction.inFlight.front().first - m_clock.nsecsElapsed();
    direction.timer.start(int(std::max<qint64>(0, (waitNs + 999'999) / 1'000'000)));
}

void LinkRelay::deliver(Direction &direction)
{
    if (m_dropped)
        return;
    if (direction.to->state() != QAbstractSocket::ConnectedState) {
        if (direction.to == m_server && !m_serverConnected) {
            direction.timer.start(5); // the primary's side is still connecting
            return;
        }
        direction.inFlight.clear(); // the other end has gone
        closeWhenDrained();
        return;
    }
    const qint64 now = m_clock.nsecsElapsed();
    while (!direction.inFlight.empty() && direction.inFlight.front().first <= now) {
        const QByteArray &piece = direction.inFlight.front().second;
        const qint64 bytes = deliverable(direction, piece.size());
        direction.to->write(piece.constData(), bytes);
        countDelivered(direction, bytes);
        if (bytes < piece.size() || m_dropped) {
            drop();
            return;
        }
        direction.inFlight.pop_front();
    }
    schedule(direction);
    closeWhenDrained();
}

// How much of `bytes` gets through before the line breaks (a cut asked for,
// or the profile's random drop); m_dropped is set when it breaks after them.
qint64 LinkRelay::deliverable(const Direction &direction, qint64 bytes)
{
    qint64 allowed = bytes;
    if (direction.down) {
        const long long cut = m_counters.cutAfterDownBytes.load();
        if (cut >= 0) {
            allowed = std::min<qint64>(allowed, cut);
            m_counters.cutAfterDownBytes = cut - allowed;
            if (cut - allowed == 0) {
                m_counters.cutAfterDownBytes = -1; // one cut per request
                m_dropped = true;
            }
        }
    }
    if (m_bytesToNextDrop >= 0) {
        allowed = std::min<qint64>(allowed, m_bytesToNextDrop);
        m_bytesToNextDrop -= allowed;
        if (m_bytesToNextDrop == 0)
            m_dropped = true;
    }
    return allowed;
}

void LinkRelay::countDelivered(const Direction &direction, qint64 bytes)
{
    (direction.down ? m_counters.bytesDown : m_counters.bytesUp) += bytes;
}

void LinkRelay::drop()
{
    if (m_gone)
        return; // aborting one side can report an error on the other
    m_gone = true;
    m_dropped = true;
    ++m_counters.drops;
    m_up.timer.stop();
    m_down.timer.stop();
    m_client->flush(); // what crossed before the break reaches the satellite
    m_client->abort();
    m_server->abort();
    deleteLater();
}

void LinkRelay::closeWhenDrained()
{
    if (m_dropped)
        return;
    for (Direction *direction : {&m_up, &m_down}) {
        if (direction->fromClosed && direction->inFlight.empty()
            && direction->to->state() == QAbstractSocket::ConnectedState)
            direction->to->disconnectFromHost();
    }
    if (m_up.fromClosed && m_down.fromClosed && m_up.inFlight.empty() && m_down.inFlight.empty())
        deleteLater();
}

} // namespace satellite::bench
