#pragma once

#include "DemoContext.h"
#include "DemoWorld.h"

#include <QDate>
#include <functional>
#include <vector>

namespace primary {

class DemoPeople;
struct DemoScale;
struct DemoStorePlan;

// Makes one world: plans the catalogue and the people, plays each store's
// history, then writes every record, reference data first.
class DemoGenerator
{
public:
    DemoGenerator(DemoSize size, quint64 seed, const QList<DemoStore> &stores);

    void run(const std::function<void(const DemoRecord &)> &sink) const;

    // The fixed "today" of every demo world.
    static QDate today() { return QDate(2026, 11, 1); }

private:
    static std::vector<DemoStoreIdentity> identities(const QList<DemoStore> &stores);
    std::vector<DemoStorePlan> plans(const DemoScale &scale, const DemoPeople &people,
                                     const std::vector<DemoStoreIdentity> &stores) const;

    DemoSize m_size;
    quint64 m_seed;
    QList<DemoStore> m_stores;
};

} // namespace primary
