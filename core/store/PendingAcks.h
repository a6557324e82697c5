#pragma once

#include "Database.h"

#include <QStringList>

namespace satellite {

// SyncIDs of records stored but not yet acknowledged: written in the batch's
// own transaction, so that after a crash the acks go out at the next start.
class PendingAcks
{
public:
    explicit PendingAcks(Database &db)
        : m_db(db)
    { }

    void add(const QStringList &syncIds);
    QStringList all();
    void remove(const QStringList &syncIds);

private:
    Database &m_db;
};

} // namespace satellite
