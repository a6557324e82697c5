#include "Quarantine.h"

#include "PrintableText.h"
#include "SqlStatement.h"

namespace satellite {

void Quarantine::add(const QString &syncId, const QString &recordType, const QString &recordId,
                     const QString &reason, const QByteArray &raw)
{
    // The same bytes sent again (a record that cannot be acknowledged comes
    // back) are kept once.
    SqlStatement insert(m_db.handle(),
                        "INSERT INTO quarantine (received_at, sync_id, record_type, "
                        "record_id, reason, raw) SELECT ?, ?, ?, ?, ?, ?6 "
                        "WHERE NOT EXISTS (SELECT 1 FROM quarantine WHERE raw = ?6)");
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(2, syncId)
        .bind(3, recordType)
        .bind(4, recordId)
        .bind(5, PrintableText::escaped(reason))
        .bindBlob(6, raw);
    insert.run();
}

QList<Quarantine::Entry> Quarantine::all()
{
    SqlStatement query(m_db.handle(),
                       "SELECT seq, received_at, sync_id, record_type, record_id, "
                       "reason, raw FROM quarantine ORDER BY seq");
    QList<Entry> entries;
    while (query.step()) {
        entries.append(Entry{query.integer(0), QDateTime::fromString(query.text(1), Qt::ISODate),
                             query.text(2), query.text(3), query.text(4), query.text(5),
                             query.bytes(6)});
    }
    return entries;
}

void Quarantine::remove(qint64 seq)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM quarantine WHERE seq = ?");
    erase.bind(1, seq).run();
}

qint64 Quarantine::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM quarantine");
    return query.step() ? query.integer(0) : 0;
}

} // namespace satellite
