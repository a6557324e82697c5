#include "SyncQueue.h"

#include "V2Codec.h"

#include "json/JsonScanner.h"
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <memory>
#include <sqlite3.h>

namespace primary {

namespace {
// Read by column number in appendEnvelope(). sync_id is null for a SyncID
// made here: syncIdText() writes it from seq and salt.
const QString kSelect = QStringLiteral(
    "SELECT q.sync_id AS sync_id, q.record_type AS record_type, q.record_id AS record_id, "
    "q.sync_type AS sync_type, coalesce(r.store_id, '') AS store_id, "
    "CASE WHEN q.sync_type IN ('I', 'U') THEN r.data END AS data, q.raw AS raw, q.seq AS seq, "
    "q.salt AS salt FROM queue q LEFT JOIN record r ON r.rowid = q.record_rowid ");

// The sites of :store see this record. The patients it sees are gathered once
// (an uncorrelated IN), not looked up row by row.
const QString kVisible = QStringLiteral(
    "(r.scope = 0 OR (r.scope = 1 AND r.store_id = :store) OR (r.scope = 2 AND r.id IN ("
    "SELECT j.link_id FROM record j WHERE j.type = 'name_store_join' "
    "AND j.store_id = :store AND (j.flags & 1) = 0)))");
// The number of the queue that holds the rows of site ?: the one site_queue
// names, or, before the site's first initial dump, the site's id. The site is
// bound once, where a site id would be.
const QString kQueueOf
    = QStringLiteral("(SELECT coalesce(m.queue_id, s.id) FROM (SELECT ? AS id) s "
                     "LEFT JOIN site_queue m ON m.site_id = s.id)");

// Numbers a dump gives a queue start above any site id.
constexpr qint64 kFirstDumpQueue = qint64(1) << 32;

using SyncIdText = std::array<char, 32>;

// A SyncID made here, as SQL's printf('%016X%016X', seq, salt) writes it (a
// negative salt as its unsigned 64 bits), without a QString per record.
SyncIdText syncIdText(qint64 seq, qint64 salt)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    SyncIdText text;
    auto high = quint64(seq);
    auto low = quint64(salt);
    for (size_t i = 16; i-- > 0; high >>= 4, low >>= 4) {
        text[i] = kDigits[high & 0xF];
        text[i + 16] = kDigits[low & 0xF];
    }
    return text;
}

// 16 upper-case hex digits, as syncIdText() writes them: anything else is
// not a SyncID made here.
std::optional<quint64> hexNumber(QStringView digits)
{
    if (digits.size() != 16)
        return std::nullopt;
    quint64 value = 0;
    for (QChar digit : digits) {
        const char16_t c = digit.unicode();
        if (c >= u'0' && c <= u'9')
            value = value << 4 | quint64(c - u'0');
        else if (c >= u'A' && c <= u'F')
            value = value << 4 | quint64(c - u'A' + 10);
        else
            return std::nullopt;
    }
    return value;
}

QByteArrayView columnView(sqlite3_stmt *row, int index)
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(row, index));
    return QByteArrayView(bytes, sqlite3_column_bytes(row, index));
}

// One row of kSelect as its v2 envelope, under `syncId`.
void appendEnvelope(sqlite3_stmt *row, QByteArrayView syncId, QByteArray &out)
{
    const QByteArrayView raw = columnView(row, 6);
    if (!raw.isEmpty()) {
        out += raw;
        return;
    }
    V2Codec::append(out,
                    {syncId, columnView(row, 1), columnView(row, 2), columnView(row, 3),
                     columnView(row, 4), columnView(row, 5)});
}

} // namespace

SyncQueue::SyncQueue(PrimaryDatabase &db, RecordStore &records)
    : m_db(db)
    , m_records(records)
    , m_dropPending(db.prepare(QStringLiteral("DELETE FROM queue WHERE queue_id = ") + kQueueOf
                               + QStringLiteral(" AND record_rowid = ?")))
    , m_insert(db.prepare(QStringLiteral("INSERT INTO queue (queue_id, seq, sync_id, salt, "
                                         "record_type, record_id, record_rowid, sync_type, raw) "
                                         "VALUES (")
                          + kQueueOf + QStringLiteral(", ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_ackRange(db.prepare(QStringLiteral("DELETE FROM queue WHERE queue_id = ") + kQueueOf
                            + QStringLiteral(" AND seq BETWEEN ? AND ?")))
    , m_findMade(db.prepare(QStringLiteral("SELECT seq FROM queue WHERE queue_id = ") + kQueueOf
                            + QStringLiteral(" AND seq = ? AND (sync_id = ? OR "
                                             "(sync_id IS NULL AND salt = ?))")))
    , m_findGiven(db.prepare(QStringLiteral("SELECT seq FROM queue WHERE queue_id = ") + kQueueOf
                             + QStringLiteral(" AND sync_id = ? AND raw IS NOT NULL")))
{ }

// The last queue position given; read once.
qint64 SyncQueue::lastSeq()
{
    if (!m_counterRead) {
        QSqlQuery last = m_db.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM queue"));
        PrimaryDatabase::exec(last);
        m_counter = last.next() ? last.value(0).toLongLong() : 0;
        m_counterRead = true;
    }
    return m_counter;
}

void SyncQueue::enqueue(int siteId, const StoredRecord &record, const QString &syncType)
{
    m_dropPending.bindValue(0, siteId);
    m_dropPending.bindValue(1, record.rowid);
    PrimaryDatabase::exec(m_dropPending);
    insert(siteId, QString(), record.type, record.id, record.rowid, syncType, QByteArray());
}

void SyncQueue::enqueueRaw(int siteId, const QString &syncId, const QString &type,
                           const QString &id, const QString &syncType, const QByteArray &raw)
{
    insert(siteId, syncId, type, id, 0, syncType, raw);
}

void SyncQueue::insert(int siteId, const QString &syncId, const QString &type, const QString &id,
                       qint64 rowid, const QString &syncType, const QByteArray &raw)
{
    const qint64 seq = lastSeq() + 1;
    m_insert.bindValue(0, siteId);
    m_insert.bindValue(1, seq);
    // A SyncID made here is stored as its salt, a given one as it is.
    const QVariant noInteger(QMetaType::fromType<qint64>());
    m_insert.bindValue(2, syncId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : syncId);
    m_insert.bindValue(3,
                       syncId.isEmpty() ? QVariant(qint64(QRandomGenerator::global()->generate64()))
                                        : noInteger);
    m_insert.bindValue(4, PrimaryDatabase::text(type));
    m_insert.bindValue(5, PrimaryDatabase::text(id));
    m_insert.bindValue(6, rowid > 0 ? QVariant(rowid) : noInteger);
    m_insert.bindValue(7, PrimaryDatabase::text(syncType));
    m_insert.bindValue(8,
                       raw.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(raw));
    PrimaryDatabase::exec(m_insert);
    m_counter = seq; // taken once the row is in
}

QList<int> SyncQueue::sitesSeeing(const StoredRecord &record, const QList<Site> &sites)
{
    QStringList stores;
    switch (record.scope) {
    case RecordScope::Everyone: break;
    case RecordScope::Store: stores.append(record.storeId); break;
    case RecordScope::Patient:
        for (const StoredRecord &join :
             m_records.linkedTo(QStringLiteral("name_store_join"), record.id)) {
            if (!(join.flags & StoredRecord::InactiveJoin))
                stores.append(join.storeId);
        }
        break;
    }
    QList<int> seeing;
    for (const Site &site : sites) {
        if (record.scope == RecordScope::Everyone || stores.contains(site.storeId))
            seeing.append(site.siteId);
    }
    return seeing;
}

void SyncQueue::fanOut(const StoredRecord &record, const QString &syncType,
                       const QList<Site> &sites, int exceptSiteId)
{
    for (int siteId : sitesSeeing(record, sites)) {
        if (siteId != exceptSiteId)
            enqueue(siteId, record, syncType);
    }
}

qint64 SyncQueue::count(int siteId)
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("SELECT count(*) FROM queue WHERE queue_id = ") + kQueueOf);
    query.addBindValue(siteId);
    PrimaryDatabase::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<QueuedRecord> SyncQueue::head(int siteId, int limit)
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE q.queue_id = ") + kQueueOf
                                   + QStringLiteral(" ORDER BY q.seq LIMIT ?"));
    query.addBindValue(siteId);
    query.addBindValue(limit);
    return select(query);
}

SyncQueue::V2Array SyncQueue::headAsV2(int siteId, int limit, qint64 afterSeq)
{
    // Read through SQLite's own API and written straight into the reply: a
    // record's Data is copied once, where the driver would copy it into a
    // QVariant and SQL would concatenate each envelope piece by piece.
    const QByteArray sql = (kSelect + QStringLiteral("WHERE q.queue_id = ") + kQueueOf
                            + QStringLiteral(" AND q.seq > ? ORDER BY q.seq LIMIT ?"))
                               .toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), int(sql.size()), &raw, nullptr)
        != SQLITE_OK)
        throw DatabaseError(sqlite3_errmsg(m_db.handle()));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    sqlite3_bind_int(raw, 1, siteId);
    sqlite3_bind_int64(raw, 2, afterSeq);
    sqlite3_bind_int(raw, 3, limit);
    V2Array array;
    // Sized from the last reply: growing a reply of megabytes copies it.
    array.json.reserve(qsizetype(limit) * m_envelopeBytes + 2);
    array.json += '[';
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(raw)) == SQLITE_ROW) {
        if (array.records++ > 0)
            array.json += ',';
        array.lastSeq = sqlite3_column_int64(raw, 7);
        // Asked before the column is read: reading may convert it.
        const bool made = sqlite3_column_type(raw, 0) == SQLITE_NULL;
        const SyncIdText text
            = made ? syncIdText(array.lastSeq, sqlite3_column_int64(raw, 8)) : SyncIdText();
        const QByteArrayView syncId
            = made ? QByteArrayView(text.data(), qsizetype(text.size())) : columnView(raw, 0);
        appendEnvelope(raw, syncId, array.json);
        array.syncIds.append(syncId.toByteArray());
        if (array.records == 1)
            array.firstSeq = array.lastSeq;
    }
    if (result != SQLITE_DONE)
        throw DatabaseError(sqlite3_errmsg(m_db.handle()));
    array.json += ']';
    if (array.records > 0)
        m_envelopeBytes
            = std::max<qsizetype>(m_envelopeBytes, array.json.size() / array.records * 9 / 8);
    return array;
}

std::optional<QueuedRecord> SyncQueue::bySyncId(int siteId, const QString &syncId)
{
    const std::optional<qint64> seq = positionOf(siteId, syncId);
    if (!seq)
        return std::nullopt;
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE q.queue_id = ") + kQueueOf
                                   + QStringLiteral(" AND q.seq = ?"));
    query.addBindValue(siteId);
    query.addBindValue(*seq);
    const QList<QueuedRecord> found = select(query);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

int SyncQueue::acknowledge(int siteId, const QList<QByteArrayView> &syncIds)
{
    int deleted = 0;
    for (QByteArrayView element : syncIds) {
        const std::optional<QString> syncId = satellite::JsonScanner::decodeString(element);
        if (const auto seq = syncId ? positionOf(siteId, *syncId) : std::nullopt)
            deleted += acknowledgeRange(siteId, *seq, *seq);
    }
    return deleted;
}

// A SyncID made here names its position, then its row's salt (or, made
// before salts, its stored text); an administrator's is looked up.
std::optional<qint64> SyncQueue::positionOf(int siteId, const QString &syncId)
{
    const auto named
        = syncId.size() == 32 ? hexNumber(QStringView(syncId).first(16)) : std::nullopt;
    if (named) {
        const auto salt = hexNumber(QStringView(syncId).last(16));
        // Stored as SQLite keeps 64 bits: signed.
        const QVariant saltValue
            = salt ? QVariant(qint64(*salt)) : QVariant(QMetaType::fromType<qint64>());
        if (const auto seq = firstSeq(m_findMade, {siteId, qint64(*named), syncId, saltValue}))
            return seq;
    }
    return firstSeq(m_findGiven, {siteId, syncId});
}

std::optional<qint64> SyncQueue::firstSeq(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    PrimaryDatabase::exec(query);
    std::optional<qint64> seq;
    if (query.next())
        seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

int SyncQueue::acknowledgeRange(int siteId, qint64 first, qint64 last)
{
    m_ackRange.bindValue(0, siteId);
    m_ackRange.bindValue(1, first);
    m_ackRange.bindValue(2, last);
    PrimaryDatabase::exec(m_ackRange);
    return m_ackRange.numRowsAffected();
}

qint64 SyncQueue::rebuild(const Site &site, bool full)
{
    QSqlQuery clear
        = m_db.prepare(QStringLiteral("DELETE FROM queue WHERE queue_id = ") + kQueueOf);
    clear.addBindValue(site.siteId);
    PrimaryDatabase::exec(clear);

    // A new queue, numbered above every other: its rows are written at the
    // end of the table and of its indexes, not amid other sites' rows.
    QSqlQuery renumber = m_db.prepare(
        QStringLiteral("REPLACE INTO site_queue (site_id, queue_id) "
                       "SELECT ?, max(?, coalesce(max(queue_id) + 1, 0)) FROM site_queue"));
    renumber.addBindValue(site.siteId);
    renumber.addBindValue(kFirstDumpQueue);
    PrimaryDatabase::exec(renumber);

    // Positions are the base plus each record's rowid: rising in record
    // order and unique, without numbering the rows (a window over all of them).
    const qint64 base = lastSeq();
    QSqlQuery fill = m_db.prepare(dumpStatement(full));
    fill.bindValue(QStringLiteral(":site"), site.siteId);
    fill.bindValue(QStringLiteral(":store"), site.storeId);
    fill.bindValue(QStringLiteral(":base"), base);
    PrimaryDatabase::exec(fill);
    const qint64 queued = fill.numRowsAffected();
    QSqlQuery highest = m_db.prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM record"));
    PrimaryDatabase::exec(highest);
    m_counter = base + (highest.next() ? highest.value(0).toLongLong() : 0);
    return queued;
}

QString SyncQueue::dumpStatement(bool full)
{
    QString sql = QStringLiteral("INSERT INTO queue (queue_id, seq, salt, record_type, record_id, "
                                 "record_rowid, sync_type) SELECT (SELECT queue_id FROM site_queue "
                                 "WHERE site_id = :site), :base + r.rowid, random(), "
                                 "r.type, r.id, r.rowid, 'I' FROM record r WHERE ")
        + kVisible;
    if (!full)
        sql += QStringLiteral(" AND (r.flags & 2) = 0");
    return sql + QStringLiteral(" ORDER BY r.rowid");
}

QList<QueuedRecord> SyncQueue::select(QSqlQuery &query)
{
    PrimaryDatabase::exec(query);
    QList<QueuedRecord> records;
    while (query.next()) {
        QueuedRecord record;
        if (query.isNull(0)) {
            const SyncIdText made
                = syncIdText(query.value(7).toLongLong(), query.value(8).toLongLong());
            record.syncId = QString::fromLatin1(made.data(), qsizetype(made.size()));
        } else {
            record.syncId = query.value(0).toString();
        }
        record.recordType = query.value(1).toString();
        record.recordId = query.value(2).toString();
        record.syncType = query.value(3).toString();
        record.storeId = query.value(4).toString();
        record.data = query.value(5).toByteArray();
        record.raw = query.value(6).toByteArray();
        records.append(record);
    }
    query.finish();
    return records;
}

} // namespace primary
