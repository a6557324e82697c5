#include "RecordStore.h"

#include "RecordProjection.h"

namespace satellite {

RecordStore::RecordStore(Database &db)
    : m_db(db)
    , m_put(db.handle(),
            "INSERT INTO record (type, id, data, name, code, link_id, kind, date, store_id, units, "
            "available) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE "
            "SET "
            "data = excluded.data, name = excluded.name, code = excluded.code, "
            "link_id = excluded.link_id, kind = excluded.kind, date = excluded.date, "
            "store_id = excluded.store_id, units = excluded.units, available = excluded.available")
    , m_remove(db.handle(), "DELETE FROM record WHERE type = ? AND id = ?")
    , m_find(db.handle(), "SELECT data FROM record WHERE type = ? AND id = ?")
{ }

QString RecordStore::put(const QString &type, const QString &id, const QByteArray &data)
{
    QString problem;
    const auto projection = RecordProjection::of(type, data, &problem);
    if (!projection)
        return problem;
    m_put.bind(1, type).bind(2, id).bindBlob(3, data);
    m_put.bind(4, projection->name).bind(5, projection->code).bind(6, projection->linkId);
    m_put.bind(7, projection->kind).bind(8, projection->date).bind(9, projection->storeId);
    m_put.bindReal(10, projection->units).bindReal(11, projection->available);
    m_put.run();
    return {};
}

bool RecordStore::remove(const QString &type, const QString &id)
{
    m_remove.bind(1, type).bind(2, id);
    m_remove.step();
    const bool removed = m_remove.changes() > 0;
    m_remove.reset();
    return removed;
}

QStringList RecordStore::merge(const QString &type, const QString &keptId, const QString &removedId)
{
    // IDs are long unique tokens: a quoted match in Data is a reference.
    const QByteArray from = '"' + removedId.toUtf8() + '"';
    const QByteArray to = '"' + keptId.toUtf8() + '"';
    SqlStatement referencing(m_db.handle(),
                             "SELECT type, id, data FROM record WHERE instr(data, ?) > 0");
    referencing.bindBlob(1, from);
    QList<StoredRecord> changed;
    while (referencing.step()) {
        StoredRecord record{referencing.text(0), referencing.text(1), referencing.bytes(2)};
        if (record.type == type && record.id == removedId)
            continue;
        record.data.replace(from, to);
        changed.append(record);
    }
    referencing.reset();
    QStringList types;
    for (const StoredRecord &record : changed) {
        put(record.type, record.id, record.data);
        if (!types.contains(record.type))
            types.append(record.type);
    }
    remove(type, removedId);
    return types;
}

std::optional<QByteArray> RecordStore::data(const QString &type, const QString &id)
{
    m_find.bind(1, type).bind(2, id);
    std::optional<QByteArray> found;
    if (m_find.step())
        found = m_find.bytes(0);
    m_find.reset();
    return found;
}

QList<StoredRecord> RecordStore::ofType(const QString &type)
{
    SqlStatement query(m_db.handle(), "SELECT id, data FROM record WHERE type = ? ORDER BY id");
    query.bind(1, type);
    QList<StoredRecord> records;
    while (query.step())
        records.append(StoredRecord{type, query.text(0), query.bytes(1)});
    return records;
}

qint64 RecordStore::count(const QString &type)
{
    SqlStatement query(m_db.handle(),
                       type.isEmpty() ? "SELECT count(*) FROM record"
                                      : "SELECT count(*) FROM record WHERE type = ?");
    if (!type.isEmpty())
        query.bind(1, type);
    return query.step() ? query.integer(0) : 0;
}

} // namespace satellite
