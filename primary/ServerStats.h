#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace primary {

// Counters behind GET /admin/stats.
struct ServerStats
{
    QMap<QString, qint64> requests; // by "METHOD /path"
    QMap<QString, qint64> faults; // by fault name
    qint64 recordsServed = 0;
    qint64 recordsReceived = 0;
    qint64 recordsAcknowledged = 0;
    qint64 pullsReadAhead = 0; // pulls answered with the batch read between calls
    qint64 initialDumps = 0;
};

} // namespace primary
