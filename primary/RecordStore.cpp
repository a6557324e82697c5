#include "RecordStore.h"

#include "MergeReferences.h"

#include <QHash>

namespace primary {

namespace {

// Line records belong to the store of their parent record.
struct ParentLink
{
    QString parentType;
    QString parentKey;
};

const QHash<QString, ParentLink> &parentLinks()
{
    static const QHash<QString, ParentLink> links = {
        {QStringLiteral("trans_line"),
         {QStringLiteral("transact"), QStringLiteral("transaction_ID")}},
        {QStringLiteral("requisition_line"),
         {QStringLiteral("requisition"), QStringLiteral("requisition_ID")}},
        {QStringLiteral("Stock_take_lines"),
         {QStringLiteral("Stock_take"), QStringLiteral("stock_take_ID")}},
        {QStringLiteral("Goods_received_line"),
         {QStringLiteral("Goods_received"), QStringLiteral("goods_received_ID")}},
    };
    return links;
}

bool isTrue(const QString &text)
{
    return text.compare(u"true", Qt::CaseInsensitive) == 0;
}

const QString kSelect
    = QStringLiteral("SELECT type, id, scope, store_id, link_id, flags, data, rowid FROM record ");

} // namespace

RecordStore::RecordStore(PrimaryDatabase &db)
    : m_db(db)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO record (type, id, scope, store_id, link_id, flags, data) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
          "scope = excluded.scope, store_id = excluded.store_id, link_id = excluded.link_id, "
          "flags = excluded.flags, data = excluded.data RETURNING rowid")))
    , m_find(db.prepare(kSelect + QStringLiteral("WHERE type = ? AND id = ?")))
{ }

QString RecordStore::memberText(const QList<JsonScanner::Member> &members, QStringView key)
{
    for (const JsonScanner::Member &member : members) {
        if (member.key == key) {
            if (auto text = JsonScanner::decodeString(member.raw))
                return *text;
            return member.raw == "null" ? QString() : QString::fromUtf8(member.raw);
        }
    }
    return {};
}

StoredRecord RecordStore::classify(const QString &type, const QString &id,
                                   const QList<JsonScanner::Member> &members)
{
    StoredRecord record;
    record.type = type;
    record.id = id;
    QString store = memberText(members, u"store_ID");
    if (store.isEmpty())
        store = memberText(members, u"store_id");

    if (type == u"name") {
        if (memberText(members, u"type") == u"patient")
            record.scope = RecordScope::Patient;
    } else if (type == u"clinician") {
        record.scope = RecordScope::Everyone; // prescribers are seen by every store
    } else if (const auto link = parentLinks().constFind(type); link != parentLinks().cend()) {
        record.scope = RecordScope::Store;
        record.linkId = memberText(members, link->parentKey);
        if (const auto parent = find(link->parentType, record.linkId)) {
            record.storeId = parent->storeId;
            record.flags = parent->flags & StoredRecord::History;
        }
    } else if (!store.isEmpty()) {
        record.scope = RecordScope::Store;
        record.storeId = store;
    }

    if (type == u"name_store_join") {
        record.linkId = memberText(members, u"name_ID");
        if (isTrue(memberText(members, u"inactive")))
            record.flags |= StoredRecord::InactiveJoin;
    } else if (type == u"transact") {
        record.linkId = memberText(members, u"name_ID");
        const QString status = memberText(members, u"status");
        if (memberText(members, u"mode") == u"dispensary" && (status == u"fn" || status == u"cn"))
            record.flags |= StoredRecord::History;
    }
    return record;
}

StoredRecord RecordStore::upsert(const QString &type, const QString &id, const QByteArray &data,
                                 const QList<JsonScanner::Member> &members)
{
    StoredRecord record = classify(type, id, members);
    record.data = data;
    record.rowid = write(record);
    return record;
}

qint64 RecordStore::write(const StoredRecord &record)
{
    m_upsert.bindValue(0, record.type);
    m_upsert.bindValue(1, record.id);
    m_upsert.bindValue(2, int(record.scope));
    m_upsert.bindValue(3, PrimaryDatabase::text(record.storeId));
    m_upsert.bindValue(4, PrimaryDatabase::text(record.linkId));
    m_upsert.bindValue(5, record.flags);
    m_upsert.bindValue(6, record.data);
    PrimaryDatabase::exec(m_upsert);
    const qint64 rowid = m_upsert.next() ? m_upsert.value(0).toLongLong() : 0;
    m_upsert.finish();
    return rowid;
}

QList<StoredRecord> RecordStore::resettleChildren(const StoredRecord &parent)
{
    QList<StoredRecord> moved;
    for (auto link = parentLinks().cbegin(); link != parentLinks().cend(); ++link) {
        if (link->parentType != parent.type)
            continue;
        for (const StoredRecord &child : linkedTo(link.key(), parent.id)) {
            const bool history = parent.flags & StoredRecord::History;
            if (child.storeId == parent.storeId
                && bool(child.flags & StoredRecord::History) == history)
                continue;
            JsonScanner scanner(child.data);
            const StoredRecord settled
                = upsert(child.type, child.id, child.data,
                         scanner.objectMembers().value_or(QList<JsonScanner::Member>()));
            if (settled.storeId != child.storeId)
                moved.append(settled);
        }
    }
    return moved;
}

bool RecordStore::remove(const QString &type, const QString &id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM record WHERE type = ? AND id = ?"));
    query.addBindValue(type);
    query.addBindValue(id);
    PrimaryDatabase::exec(query);
    return query.numRowsAffected() > 0;
}

std::optional<StoredRecord> RecordStore::find(const QString &type, const QString &id)
{
    m_find.bindValue(0, type);
    m_find.bindValue(1, id);
    QList<StoredRecord> found = select(m_find);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredRecord> RecordStore::ofType(const QString &type)
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE type = ? ORDER BY rowid"));
    query.addBindValue(type);
    return select(query);
}

QList<StoredRecord> RecordStore::linkedTo(const QString &type, const QString &linkId)
{
    QSqlQuery query
        = m_db.prepare(kSelect
                       // The repeated `<> ''` lets SQLite use the partial index on links.
                       + QStringLiteral("WHERE link_id = ? AND link_id <> '' AND type = ? "
                                        "ORDER BY rowid"));
    query.addBindValue(linkId);
    query.addBindValue(type);
    return select(query);
}

QList<StoredRecord> RecordStore::mentioning(const QStringList &types, const QString &id)
{
    // A quoted match in Data finds the candidates; their fields decide.
    if (types.isEmpty())
        return {};
    QString placeholders;
    for (qsizetype i = 0; i < types.size(); ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    QSqlQuery query
        = m_db.prepare(kSelect
                       + QStringLiteral("WHERE type IN (%1) AND instr(data, ?) > 0 ORDER BY rowid")
                             .arg(placeholders));
    for (const QString &type : types)
        query.addBindValue(type);
    query.addBindValue(JsonScanner::quote(id));
    return select(query);
}

QList<StoredRecord> RecordStore::merge(const QString &type, const QString &keptId,
                                       const QString &removedId)
{
    const QHash<QString, QStringList> &references = MergeReferences::to(type);
    const QByteArray kept = JsonScanner::quote(keptId);
    QList<StoredRecord> changed;
    for (const StoredRecord &record : mentioning(references.keys(), removedId)) {
        if (record.type == type && record.id == removedId)
            continue;
        const QStringList fields = references.value(record.type);
        JsonScanner scanner(record.data);
        const auto members = scanner.objectMembers();
        if (!members)
            continue;
        // Whole values of reference fields only, written back to front so that
        // the offsets before each stay valid.
        QByteArray data = record.data;
        bool repointed = false;
        for (auto member = members->crbegin(); member != members->crend(); ++member) {
            if (!fields.contains(member->key)
                || JsonScanner::decodeString(member->raw) != removedId)
                continue;
            data.replace(member->raw.data() - record.data.constData(), member->raw.size(), kept);
            repointed = true;
        }
        if (!repointed)
            continue;
        JsonScanner rescanned(data);
        changed.append(upsert(record.type, record.id, data,
                              rescanned.objectMembers().value_or(QList<JsonScanner::Member>())));
    }
    remove(type, removedId);
    return changed;
}

qint64 RecordStore::count()
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM record"));
    PrimaryDatabase::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<StoredRecord> RecordStore::select(QSqlQuery &query)
{
    PrimaryDatabase::exec(query);
    QList<StoredRecord> records;
    while (query.next()) {
        StoredRecord record;
        record.type = query.value(0).toString();
        record.id = query.value(1).toString();
        record.scope = RecordScope(query.value(2).toInt());
        record.storeId = query.value(3).toString();
        record.linkId = query.value(4).toString();
        record.flags = query.value(5).toInt();
        record.data = query.value(6).toByteArray();
        record.rowid = query.value(7).toLongLong();
        records.append(record);
    }
    query.finish();
    return records;
}

} // namespace primary
