#include "DemoLoader.h"

#include "NewId.h"
#include "RecordFields.h"
#include "SupplyingStore.h"

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
    result.users = users(result.stores);
    if (size == DemoSize::None)
        return result;
    if (!m_context.db.meta(kDemoKey).isEmpty()) {
        // A world loaded by a primary-sim before it had users and a supplying store.
        if (SupplyingStore::of(m_context.db).storeId.isEmpty()) {
            Transaction transaction(m_context.db);
            createUsersAndSupplier(result.stores);
            transaction.commit();
        }
        return result;
    }

    Transaction transaction(m_context.db);
    createSites(result.stores);
    createUsersAndSupplier(result.stores);
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

QList<DemoLoader::User> DemoLoader::users(const QList<DemoStore> &stores)
{
    QList<User> result;
    User admin{QStringLiteral("admin"), QStringLiteral("admin"), {}, true};
    for (const DemoStore &store : stores) {
        admin.storeNames.append(store.name);
        if (!store.siteName.isEmpty())
            result.append({store.code.toLower() + QStringLiteral("-pharmacist"),
                           QStringLiteral("pharmacist"),
                           {store.name},
                           false});
    }
    result.append(admin);
    return result;
}

void DemoLoader::createUsersAndSupplier(const QList<DemoStore> &stores)
{
    // The clinics are supplied by the central store, the one run by the primary.
    for (const DemoStore &store : stores) {
        if (store.siteName.isEmpty())
            SupplyingStore::set(m_context.db, {store.storeId, store.nameId});
    }
    const QString adminId = newId();
    for (const User &user : users(stores)) {
        for (const DemoStore &store : stores) {
            if (user.storeNames.contains(store.name))
                m_context.users.add(user.name, user.password, store.storeId,
                                    user.isAdmin ? adminId : store.userId, user.isAdmin);
        }
    }
}

qint64 DemoLoader::storeRecords(const DemoWorld &world)
{
    qint64 count = 0;
    QSet<QString> numberedTypes; // a type's records share their fields
    world.generate([&](const DemoRecord &record) {
        JsonScanner scanner(record.data);
        auto members = scanner.objectMembers();
        if (!members)
            throw DatabaseError("demo record " + record.id.toStdString() + " is not a JSON object");
        // Every field of its table, as a real primary serves it.
        const QByteArray data
            = RecordFields::complete(record.type, record.id, record.data, *members);
        JsonScanner completed(data);
        if (data.constData() != record.data.constData())
            members = completed.objectMembers();
        m_context.records.upsert(record.type, record.id, data, *members);
        if (!numberedTypes.contains(record.type)) {
            m_context.schema.noteFields(record.type, *members);
            numberedTypes.insert(record.type);
        }
        ++count;
    });
    return count;
}

} // namespace primary
