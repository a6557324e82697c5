#include "PendingAcks.h"

#include "SqlStatement.h"

namespace satellite {

void PendingAcks::add(const QStringList &syncIds)
{
    SqlStatement insert(m_db.handle(), "INSERT OR IGNORE INTO pending_ack (sync_id) VALUES (?)");
    for (const QString &syncId : syncIds)
        insert.bind(1, syncId).run();
}

QStringList PendingAcks::all()
{
    SqlStatement query(m_db.handle(), "SELECT sync_id FROM pending_ack");
    QStringList ids;
    while (query.step())
        ids.append(query.text(0));
    return ids;
}

void PendingAcks::remove(const QStringList &syncIds)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM pending_ack WHERE sync_id = ?");
    for (const QString &syncId : syncIds)
        erase.bind(1, syncId).run();
}

} // namespace satellite
