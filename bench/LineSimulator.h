#pragma once

#include "LineCounters.h"
#include "LineProfile.h"

#include <QString>
#include <QThread>
#include <memory>

class QTcpServer;

namespace satellite::bench {

// A loopback proxy that plays a clinic's line between the satellite and the
// primary (bandwidth each way, latency, random drops, a cut mid-reply), on
// a thread of its own: the caller may block (waiting for a process) while
// traffic flows. The satellite is given url() instead of the primary's.
class LineSimulator
{
public:
    LineSimulator(const LineProfile &profile, QString targetHost, quint16 targetPort);
    ~LineSimulator();
    LineSimulator(const LineSimulator &) = delete;
    LineSimulator &operator=(const LineSimulator &) = delete;

    bool start();
    quint16 port() const { return m_port; }
    QString url() const;
    const LineProfile &profile() const { return m_profile; }

    // The connection carrying the next `bytes` downstream breaks right
    // after them (a cut in the middle of a reply).
    void cutAfterDownstreamBytes(qint64 bytes) { m_counters.cutAfterDownBytes = bytes; }
    qint64 bytesDown() const { return m_counters.bytesDown; }
    qint64 bytesUp() const { return m_counters.bytesUp; }
    int connections() const { return m_counters.connections; }
    int drops() const { return m_counters.drops; }
    void resetCounters();
    // Keeps what the satellite sends from now on (every connection, in the
    // order it arrives), for upstream().
    void recordUpstream() { m_counters.recordingUp = true; }
    QByteArray upstream();

private:
    LineProfile m_profile;
    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    LineCounters m_counters;
    QThread m_thread;
    std::unique_ptr<QObject> m_onThread; // what runs there is invoked on it
    QTcpServer *m_server = nullptr; // lives on m_thread
};

} // namespace satellite::bench
