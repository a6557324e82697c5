#include "OutgoingQuarantine.h"

#include "PrintableText.h"
#include "SqlStatement.h"

namespace satellite {

namespace {
const char *const kColumns = "seq, refused_at, type, id, sync_type, reason, envelope";
}

void OutgoingQuarantine::refuse(const OutgoingQueue::Entry &entry, const QString &reason,
                                const QByteArray &envelope)
{
    SqlStatement(m_db.handle(),
                 "INSERT INTO outgoing_quarantine (refused_at, type, id, sync_type, reason, "
                 "envelope) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
                 "refused_at = excluded.refused_at, sync_type = excluded.sync_type, "
                 "reason = excluded.reason, envelope = excluded.envelope")
        .bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(2, entry.type)
        .bind(3, entry.id)
        .bind(4, entry.syncType)
        .bind(5, PrintableText::escaped(reason))
        .bindBlob(6, envelope)
        .run();
    m_outgoing.clearSent({entry}); // a change made since stays queued
}

QList<OutgoingQuarantine::Entry> OutgoingQuarantine::all()
{
    SqlStatement query(
        m_db.handle(),
        (QByteArray("SELECT ") + kColumns + " FROM outgoing_quarantine ORDER BY seq").constData());
    QList<Entry> entries;
    while (query.step())
        entries.append(Entry{query.integer(0), QDateTime::fromString(query.text(1), Qt::ISODate),
                             query.text(2), query.text(3), query.text(4), query.text(5),
                             query.bytes(6)});
    return entries;
}

std::optional<OutgoingQuarantine::Entry> OutgoingQuarantine::find(qint64 seq)
{
    for (const Entry &entry : all()) {
        if (entry.seq == seq)
            return entry;
    }
    return std::nullopt;
}

qint64 OutgoingQuarantine::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM outgoing_quarantine");
    return query.step() ? query.integer(0) : 0;
}

bool OutgoingQuarantine::retry(qint64 seq)
{
    Transaction transaction(m_db);
    const auto entry = find(seq);
    if (!entry)
        return false;
    m_outgoing.recordChange(entry->type, entry->id, entry->syncType);
    SqlStatement(m_db.handle(), "DELETE FROM outgoing_quarantine WHERE seq = ?").bind(1, seq).run();
    transaction.commit();
    return true;
}

bool OutgoingQuarantine::discard(qint64 seq)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM outgoing_quarantine WHERE seq = ?");
    erase.bind(1, seq).run();
    return erase.changes() > 0;
}

} // namespace satellite
