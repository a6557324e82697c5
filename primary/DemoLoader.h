#pragma once

#include "DemoWorld.h"
#include "PrimaryContext.h"

namespace primary {

// Puts a demo world into the primary once: its sites, its records, and each
// site's queue filled as an initial dump would. A restart finds it there.
class DemoLoader
{
public:
    explicit DemoLoader(PrimaryContext &context)
        : m_context(context)
    { }

    struct Result
    {
        bool loadedNow = false;
        qint64 records = 0;
        QList<DemoStore> stores;
    };

    Result load(DemoSize size, quint64 seed);

private:
    void createSites(const QList<DemoStore> &stores);
    qint64 storeRecords(const DemoWorld &world);

    PrimaryContext &m_context;
};

} // namespace primary
