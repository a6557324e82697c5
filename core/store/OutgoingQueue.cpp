#include "OutgoingQueue.h"

#include "sync/WireFormat.h"

namespace satellite {

OutgoingQueue::OutgoingQueue(Database &db)
    : m_find(db.handle(), "SELECT sync_type, attempted FROM outgoing WHERE type = ? AND id = ?")
    , m_insert(db.handle(), "INSERT INTO outgoing (type, id, sync_type) VALUES (?, ?, ?)")
    , m_update(db.handle(),
               "UPDATE outgoing SET sync_type = ?, version = version + 1, sync_id = NULL "
               "WHERE type = ? AND id = ?")
    , m_delete(db.handle(), "DELETE FROM outgoing WHERE type = ? AND id = ?")
    , m_attempted(db.handle(), "UPDATE outgoing SET attempted = 1 WHERE type = ? AND id = ?")
    , m_clear(db.handle(), "DELETE FROM outgoing WHERE type = ? AND id = ? AND version = ?")
    , m_keepSyncId(db.handle(), "UPDATE outgoing SET sync_id = ? WHERE type = ? AND id = ?")
    , m_db(db)
{ }

void OutgoingQueue::recordChange(const QString &type, const QString &id, const QString &syncType)
{
    m_find.bind(1, type).bind(2, id);
    if (!m_find.step()) {
        m_find.reset();
        m_insert.bind(1, type).bind(2, id).bind(3, syncType).run();
        return;
    }
    const QString pending = m_find.text(0);
    const bool attempted = m_find.integer(1) != 0;
    m_find.reset();

    QString next = syncType;
    if (!attempted && pending == u"I") {
        if (syncType == u"D") {
            m_delete.bind(1, type).bind(2, id).run(); // never sent: nothing to tell
            return;
        }
        next = QStringLiteral("I"); // still new to the primary
    } else if (syncType == u"I") {
        next = QStringLiteral("U"); // deleted and made again: the primary may hold it
    }
    m_update.bind(1, next).bind(2, type).bind(3, id).run();
}

QList<OutgoingQueue::Entry> OutgoingQueue::oldest(int limit)
{
    SqlStatement query(m_db.handle(),
                       "SELECT type, id, sync_type, version, coalesce(sync_id, '') FROM outgoing "
                       "ORDER BY seq LIMIT ?");
    query.bind(1, qint64(limit));
    QList<Entry> entries;
    while (query.step())
        entries.append(
            Entry{query.text(0), query.text(1), query.text(2), query.integer(3), query.text(4)});
    return entries;
}

void OutgoingQueue::markAttempted(QList<Entry> &entries)
{
    for (Entry &entry : entries) {
        m_attempted.bind(1, entry.type).bind(2, entry.id).run();
        if (entry.syncId.isEmpty()) {
            entry.syncId = WireFormat::newId();
            m_keepSyncId.bind(1, entry.syncId).bind(2, entry.type).bind(3, entry.id).run();
        }
    }
}

void OutgoingQueue::clearSent(const QList<Entry> &entries)
{
    for (const Entry &entry : entries)
        m_clear.bind(1, entry.type).bind(2, entry.id).bind(3, entry.version).run();
}

qint64 OutgoingQueue::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM outgoing");
    return query.step() ? query.integer(0) : 0;
}

} // namespace satellite
