#include "DemoWorld.h"

namespace primary {

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
{
}

QList<DemoStore> DemoWorld::stores() const
{
    return {};
}

void DemoWorld::generate(const std::function<void(const DemoRecord &)> &) const {}

} // namespace primary
