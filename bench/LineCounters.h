#pragma once

#include <QByteArray>
#include <QMutex>
#include <atomic>

namespace satellite::bench {

// What crossed the simulated line, shared between its thread and the caller's.
struct LineCounters
{
    std::atomic<long long> bytesDown{0}; // delivered to the satellite
    std::atomic<long long> bytesUp{0}; // delivered to the primary
    std::atomic<int> connections{0};
    std::atomic<int> drops{0}; // connections the line broke (random drops and cuts)
    // Downstream bytes still to deliver before the next cut; -1: no cut asked.
    std::atomic<long long> cutAfterDownBytes{-1};
    // When set, what the satellite sends is kept, as sent (for tests).
    std::atomic<bool> recordingUp{false};
    QMutex upstreamMutex;
    QByteArray upstream;
};

} // namespace satellite::bench
