#pragma once

#include "WireRecord.h"
#include "store/Database.h"
#include "store/PendingAcks.h"
#include "store/Quarantine.h"
#include "store/RecordStore.h"

#include <QList>
#include <QStringList>

namespace satellite {

// Applies one pulled batch in one transaction, together with its "to
// acknowledge" list. A record that cannot be applied goes to quarantine with
// its reason and is acknowledged too: it never blocks the queue.
class IncomingApplier
{
public:
    struct Result
    {
        qint64 applied = 0;
        qint64 quarantined = 0;
        QStringList changedTypes;
        QStringList syncIds; // to acknowledge, now durably stored
    };

    IncomingApplier(Database &db, RecordStore &records, Quarantine &quarantine, PendingAcks &acks);

    // Throws StoreError; then nothing of the batch was stored.
    Result apply(const QList<WireRecord> &batch);
    // Tries every quarantined record again (after an upgrade, say): those that
    // now apply leave the quarantine. Returns how many did.
    qint64 retryQuarantined();

private:
    // The reason a valid-looking record still cannot be applied, or empty.
    QString applyOne(const WireRecord &record, Result &result);

    Database &m_db;
    RecordStore &m_records;
    Quarantine &m_quarantine;
    PendingAcks &m_acks;
};

} // namespace satellite
