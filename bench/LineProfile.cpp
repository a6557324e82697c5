#include "LineProfile.h"

namespace satellite::bench {

QList<LineProfile> LineProfile::all()
{
    return {
        {QStringLiteral("vsat"), 1'000'000, 256'000, 600, 0},
        {QStringLiteral("3g"), 2'000'000, 1'000'000, 150, 5'000'000},
        {QStringLiteral("edge"), 200'000, 100'000, 400, 0},
    };
}

std::optional<LineProfile> LineProfile::named(const QString &name)
{
    for (const LineProfile &profile : all()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

} // namespace satellite::bench
