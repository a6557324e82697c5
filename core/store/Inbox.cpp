#include "Inbox.h"

#include "SqlStatement.h"

#include <QDateTime>

namespace satellite {

qint64 Inbox::add(const QByteArray &body, const QStringList &syncIds)
{
    SqlStatement insert(m_db.handle(),
                        "INSERT INTO inbox (received_at, body, sync_ids) VALUES (?, ?, ?)");
    insert.bind(1, QDateTime::currentDateTime().toString(Qt::ISODate));
    insert.bindBlob(2, body).bind(3, syncIds.join(u'\n'));
    insert.run();
    return insert.lastInsertRowId();
}

std::optional<Inbox::Batch> Inbox::oldest()
{
    SqlStatement query(m_db.handle(), "SELECT seq, body, sync_ids FROM inbox ORDER BY seq LIMIT 1");
    if (!query.step())
        return std::nullopt;
    const QString ids = query.text(2);
    return Batch{query.integer(0), query.bytes(1),
                 ids.isEmpty() ? QStringList() : ids.split(u'\n')};
}

QStringList Inbox::syncIds()
{
    SqlStatement query(m_db.handle(), "SELECT sync_ids FROM inbox ORDER BY seq");
    QStringList ids;
    while (query.step()) {
        const QString batch = query.text(0);
        if (!batch.isEmpty())
            ids += batch.split(u'\n');
    }
    return ids;
}

void Inbox::remove(qint64 seq)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM inbox WHERE seq = ?");
    erase.bind(1, seq).run();
}

qint64 Inbox::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM inbox");
    return query.step() ? query.integer(0) : 0;
}

} // namespace satellite
