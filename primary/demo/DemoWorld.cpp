#include "DemoWorld.h"

#include "DemoGenerator.h"
#include "DemoRandom.h"

namespace primary {

using namespace Qt::StringLiterals;

std::optional<DemoSize> parseDemoSize(QStringView text)
{
    if (text == u"none")
        return DemoSize::None;
    if (text == u"small")
        return DemoSize::Small;
    if (text == u"medium")
        return DemoSize::Medium;
    if (text == u"large")
        return DemoSize::Large;
    return std::nullopt;
}

DemoWorld::DemoWorld(DemoSize size, quint64 seed)
    : m_size(size)
    , m_seed(seed)
{ }

QList<DemoStore> DemoWorld::stores() const
{
    // A stream of its own, so that the stores are the same whatever else is
    // generated, and the same for every size (even None) of a seed.
    DemoRandom random(m_seed ^ 0x53544F5245534545ULL);
    struct Shape
    {
        QString code;
        QString name;
        QString siteName;
        QString password;
    };
    const Shape shapes[] = {
        {u"CMS"_s, u"Central Medical Store"_s, {}, {}},
        {u"DEMO"_s, u"Demo Clinic Dispensary"_s, u"demo-clinic"_s, u"demo"_s},
        {u"NHC"_s, u"North Health Centre"_s, u"north-health-centre"_s, u"north"_s},
        {u"RVD"_s, u"River Dispensary"_s, u"river-dispensary"_s, u"river"_s},
    };
    QList<DemoStore> result;
    for (const Shape &shape : shapes) {
        DemoStore store;
        store.storeId = random.id().toString();
        store.nameId = random.id().toString();
        store.userId = random.id().toString();
        store.code = shape.code;
        store.name = shape.name;
        store.siteName = shape.siteName;
        store.password = shape.password;
        result.append(store);
    }
    return result;
}

void DemoWorld::generate(const std::function<void(const DemoRecord &)> &sink) const
{
    if (m_size == DemoSize::None)
        return;
    DemoGenerator(m_size, m_seed, stores()).run(sink);
}

} // namespace primary
