#pragma once

#include <QByteArrayView>
#include <QString>
#include <array>

namespace primary {

// A record ID of the demo world: 32 uppercase hex characters, as a real
// primary makes them. Kept inline (no allocation) because the large world
// holds hundreds of thousands of them.
struct DemoId
{
    std::array<char, 32> hex{};

    QByteArrayView view() const { return {hex.data(), qsizetype(hex.size())}; }
    QString toString() const { return QString::fromLatin1(hex.data(), qsizetype(hex.size())); }
    bool operator==(const DemoId &) const = default;
};

} // namespace primary
