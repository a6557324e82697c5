#include "DemoLoader.h"

#include <QSet>

namespace primary {

namespace {
const QString kDemoKey = QStringLiteral("demo");
}

DemoLoader::Result DemoLoader::load(DemoSize size, quint64 seed)
{
    Result result;
    const DemoWorld world(size, seed);
    result.stores = world.stores();
    if (size == DemoSize::None || !m_context.db.meta(kDemoKey).isEmpty())
        return result;

    Transaction transaction(m_context.db);
    createSites(result.stores);
    result.records = storeRecords(world);
    for (const Site &site : m_context.sites.all())
        m_context.queue.rebuild(site, true);
    m_context.db.setMeta(kDemoKey,
                         QStringLiteral("%1 records, seed %2").arg(result.records).arg(seed));
    transaction.commit();
    result.loadedNow = true;
    return result;
}

void DemoLoader::createSites(const QList<DemoStore> &stores)
{
    for (const DemoStore &store : stores) {
        if (!store.siteName.isEmpty() && !m_context.sites.byName(store.siteName))
            m_context.sites.create(store.siteName, store.password, store.storeId, store.nameId,
                                   store.userId);
    }
}

qint64 DemoLoader::storeRecords(const DemoWorld &world)
{
    qint64 count = 0;
    QSet<QString> numberedTypes; // a type's records share their fields
    world.generate([&](const DemoRecord &record) {
        JsonScanner scanner(record.data);
        const auto members = scanner.objectMembers();
        if (!members)
            throw DatabaseError("demo record " + record.id.toStdString() + " is not a JSON object");
        m_context.records.upsert(record.type, record.id, record.data, *members);
        if (!numberedTypes.contains(record.type)) {
            m_context.schema.noteFields(record.type, *members);
            numberedTypes.insert(record.type);
        }
        ++count;
    });
    return count;
}

} // namespace primary
