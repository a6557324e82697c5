#pragma once

#include "LineCounters.h"
#include "LineProfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <random>

class QTcpSocket;

namespace satellite::bench {

// One connection through the simulated line: what each side writes reaches
// the other after the time the line's speed takes to carry it, plus half the
// round trip. Drops the connection at random (the profile's bytes per drop)
// and when a cut is asked for.
class LinkRelay : public QObject
{
    Q_OBJECT
public:
    LinkRelay(QTcpSocket *client, const QString &targetHost, quint16 targetPort,
              const LineProfile &profile, LineCounters &counters, quint64 seed, QObject *parent);

private:
    // One way of the line.
    struct Direction
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        double bytesPerSecond = 0;
        bool down = false;
        std::deque<std::pair<qint64, QByteArray>> inFlight; // arrival (ns), bytes
        qint64 lineFreeAtNs = 0; // when the line has sent what it was given
        bool fromClosed = false;
        QTimer timer;
    };

    void take(Direction &direction);
    void deliver(Direction &direction);
    void schedule(Direction &direction);
    qint64 deliverable(const Direction &direction, qint64 bytes);
    void countDelivered(const Direction &direction, qint64 bytes);
    void drop();
    void closeWhenDrained();

    QTcpSocket *m_client;
    QTcpSocket *m_server;
    LineProfile m_profile;
    LineCounters &m_counters;
    QElapsedTimer m_clock;
    Direction m_up;
    Direction m_down;
    std::mt19937_64 m_random;
    qint64 m_bytesToNextDrop = -1;
    bool m_dropped = false;
    bool m_serverConnected = false;
    bool m_gone = false; // dropped: both sides closed
};

} // namespace satellite::bench
