#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace satellite::bench {

// A clinic's line, as the link simulator plays it: speed each way, round
// trip, and how often a connection drops.
struct LineProfile
{
    QString name;
    double downBitsPerSecond = 0; // primary to satellite
    double upBitsPerSecond = 0;
    int roundTripMs = 0;
    qint64 bytesPerDrop = 0; // on average, both ways counted; 0: never drops

    double downBytesPerSecond() const { return downBitsPerSecond / 8; }
    double upBytesPerSecond() const { return upBitsPerSecond / 8; }

    // vsat (1 Mbit/s down, 256 kbit/s up, 600 ms), 3g (2/1 Mbit/s, 150 ms,
    // a drop per ~5 MB), edge (200/100 kbit/s, 400 ms).
    static QList<LineProfile> all();
    static std::optional<LineProfile> named(const QString &name);
};

} // namespace satellite::bench
