#include "RecordStore.h"

#include "RecordReferences.h"
#include "StoreError.h"

#include "json/JsonScanner.h"

namespace satellite {

namespace {

const char *const upsertSql
    = "INSERT INTO record (type, id, data, name, code, link_id, kind, date, store_id, units, "
      "available) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
      "data = excluded.data, name = excluded.name, code = excluded.code, "
      "link_id = excluded.link_id, kind = excluded.kind, date = excluded.date, "
      "store_id = excluded.store_id, units = excluded.units, available = excluded.available";
const char *const appendSql
    = "INSERT INTO record (type, id, data, name, code, link_id, kind, date, store_id, units, "
      "available) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

} // namespace

RecordStore::RecordStore(Database &db)
    : m_db(db)
    , m_remove(db.handle(), "DELETE FROM record WHERE type = ? AND id = ?")
    // Newest first: during a bulk load a record may be there twice.
    , m_find(db.handle(),
             "SELECT data FROM record WHERE type = ? AND id = ? ORDER BY rowid DESC LIMIT 1")
{ }

QString RecordStore::put(const QString &type, const QString &id, const QByteArray &data)
{
    QString problem;
    const auto projection = RecordProjection::of(type, data, &problem);
    if (!projection)
        return problem;
    put(type, id, data, *projection);
    return {};
}

void RecordStore::put(const QString &type, const QString &id, const QByteArray &data,
                      const RecordProjection &projection)
{
    checkLoadMode();
    // The upsert needs the key index, which a bulk load has dropped.
    SqlStatement &put
        = m_bulkLoading ? statement(m_append, appendSql) : statement(m_upsert, upsertSql);
    // Every value outlives run(): bound without copies.
    const QByteArray idUtf8 = id.toUtf8();
    put.bindBorrowed(1, typeUtf8(type)).bindBorrowed(2, idUtf8).bindBorrowedBlob(3, data);
    put.bindBorrowed(4, projection.name).bindBorrowed(5, projection.code);
    put.bindBorrowed(6, projection.linkId).bindBorrowed(7, projection.kind);
    put.bindBorrowed(8, projection.date).bindBorrowed(9, projection.storeId);
    put.bindReal(10, projection.units).bindReal(11, projection.available);
    put.run();
}

bool RecordStore::beginBulkLoad()
{
    SqlStatement any(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM record)");
    if (!any.step() || any.integer(0) != 0)
        return false;
    any.reset();
    m_db.exec("DROP INDEX IF EXISTS record_key");
    m_db.exec("DROP INDEX IF EXISTS record_name");
    m_db.exec("DROP INDEX IF EXISTS record_link");
    m_bulkLoading = true;
    m_loadModeCheckedIn.reset();
    return true;
}

void RecordStore::finishBulkLoad()
{
    if (!isBulkLoading())
        return;
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    m_db.exec("PRAGMA threads=1"); // the other core sorts too: a fifth faster
    try {
        m_db.exec("CREATE UNIQUE INDEX record_key ON record (type, id)");
    } catch (const StoreError &) {
        // Received more than once while loading: the last one received stays.
        m_db.exec("DELETE FROM record WHERE rowid NOT IN "
                  "(SELECT max(rowid) FROM record GROUP BY type, id)");
        m_db.exec("CREATE UNIQUE INDEX record_key ON record (type, id)");
    }
    m_db.exec("CREATE INDEX IF NOT EXISTS record_name ON record (type, name)");
    m_db.exec("CREATE INDEX IF NOT EXISTS record_link ON record (type, link_id)");
    m_db.exec("PRAGMA threads=0");
    if (own)
        own->commit();
    m_bulkLoading = false;
    m_loadModeCheckedIn.reset();
}

bool RecordStore::isBulkLoading()
{
    checkLoadMode();
    return m_bulkLoading;
}

void RecordStore::checkLoadMode()
{
    // Another connection can only change it between our transactions.
    if (m_db.inTransaction() && m_loadModeCheckedIn == m_db.transactionNumber())
        return;
    SqlStatement keyIndex(m_db.handle(),
                          "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                          "'record_key'");
    m_bulkLoading = keyIndex.step() && keyIndex.integer(0) == 0;
    if (m_db.inTransaction())
        m_loadModeCheckedIn = m_db.transactionNumber();
    else
        m_loadModeCheckedIn.reset();
}

const QByteArray &RecordStore::typeUtf8(const QString &type)
{
    // A batch holds few types, in runs.
    if (type != m_lastType) {
        m_lastType = type;
        m_lastTypeUtf8 = type.toUtf8();
    }
    return m_lastTypeUtf8;
}

SqlStatement &RecordStore::statement(std::optional<SqlStatement> &slot, const char *sql)
{
    if (!slot)
        slot.emplace(m_db.handle(), sql);
    return *slot;
}

bool RecordStore::remove(const QString &type, const QString &id)
{
    finishBulkLoad(); // a delete needs the key, not a scan per record
    m_remove.bind(1, type).bind(2, id);
    m_remove.step();
    const bool removed = m_remove.changes() > 0;
    m_remove.reset();
    return removed;
}

std::optional<QByteArray> RecordStore::repointed(const QByteArray &data, const QString &field,
                                                 const QString &fromId, const QString &toId)
{
    JsonScanner scanner(data);
    const auto members = scanner.objectMembers();
    if (!members)
        return std::nullopt;
    QByteArray out;
    qsizetype copied = 0;
    for (const JsonScanner::Member &member : *members) {
        if (member.key != field || JsonScanner::decodeString(member.raw) != fromId)
            continue; // the whole value, never a part of some text
        const qsizetype start = member.raw.data() - data.constData();
        out += QByteArrayView(data).sliced(copied, start - copied);
        out += JsonScanner::quote(toId);
        copied = start + member.raw.size();
    }
    if (copied == 0)
        return std::nullopt;
    out += QByteArrayView(data).sliced(copied);
    return out;
}

QString RecordStore::merge(const QString &type, const QString &keptId, const QString &removedId,
                           QStringList *changedTypes)
{
    if (!RecordReferences::isMergeable(type))
        return QStringLiteral("a merge of %1 records is not defined").arg(type);
    if (!RecordReferences::isPlainId(keptId) || !RecordReferences::isPlainId(removedId))
        return QStringLiteral("a merge must name two plain record IDs");
    if (keptId == removedId)
        return QStringLiteral("a merge must name two different records");
    finishBulkLoad();
    if (!data(type, keptId)) {
        if (data(type, removedId))
            return QStringLiteral("the %1 to keep (%2) is not held here").arg(type, keptId);
        return {}; // neither is held here: nothing to repoint
    }

    // All of it or nothing: a reference left pointing at a removed record
    // would be worse than the merge not happening.
    m_db.exec("SAVEPOINT merge");
    try {
        QStringList types;
        for (const RecordReferences::Field &reference : RecordReferences::to(type)) {
            const QByteArray path = "$." + reference.field.toUtf8();
            SqlStatement referring(m_db.handle(),
                                   "SELECT id, data FROM record WHERE type = ? "
                                   "AND json_valid(data) AND json_extract(data, ?) = ?");
            referring.bind(1, reference.recordType).bind(2, path).bind(3, removedId);
            QList<StoredRecord> changed;
            while (referring.step())
                changed.append({reference.recordType, referring.text(0), referring.bytes(1)});
            referring.reset();
            for (const StoredRecord &record : std::as_const(changed)) {
                const auto edited = repointed(record.data, reference.field, removedId, keptId);
                if (!edited)
                    throw StoreError(
                        QStringLiteral("%1 %2 could not be repointed").arg(record.type, record.id));
                const QString problem = put(record.type, record.id, *edited);
                if (!problem.isEmpty())
                    throw StoreError(problem);
                if (!types.contains(record.type))
                    types.append(record.type);
            }
        }
        remove(type, removedId);
        m_db.exec("RELEASE merge");
        *changedTypes = types;
        return {};
    } catch (const StoreError &error) {
        m_db.exec("ROLLBACK TO merge");
        m_db.exec("RELEASE merge");
        return QStringLiteral("the merge could not be completed, nothing was changed: %1")
            .arg(error.message());
    }
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
