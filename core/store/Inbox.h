#pragma once

#include "Database.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace satellite {

// Batches received from the primary, kept exactly as received from before
// they are acknowledged until they are applied (which deletes them in the
// same transaction). Receiving can thus run ahead of applying, and nothing
// acknowledged is ever lost: after a crash the rows are still here.
class Inbox
{
public:
    struct Batch
    {
        qint64 seq = 0;
        QByteArray body; // the JSON array of records as received
        QStringList syncIds;
    };

    explicit Inbox(Database &db)
        : m_db(db)
    { }

    // Returns the new batch's sequence number.
    qint64 add(const QByteArray &body, const QStringList &syncIds);
    std::optional<Batch> oldest();
    // The SyncIDs of every batch held: what may not have been acknowledged yet.
    QStringList syncIds();
    void remove(qint64 seq);
    qint64 count();

private:
    Database &m_db;
};

} // namespace satellite
