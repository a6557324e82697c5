#pragma once

#include "WireRecord.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Quarantine.h"
#include "store/RecordStore.h"
#include "store/SqlStatement.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace satellite {

// Applies pulled batches: a batch's records, or the oldest batch of the
// inbox together with its removal from there, in one transaction. A record
// that cannot be applied goes to quarantine with its reason: it never blocks
// the queue. A record changed here and not yet pushed keeps its local state:
// the push that follows makes the primary agree (a batch left by a crash
// never undoes what the pharmacist did since).
class IncomingApplier
{
public:
    struct Result
    {
        qint64 applied = 0;
        qint64 quarantined = 0;
        qint64 keptLocal = 0; // records whose local change waits to go out
        QStringList changedTypes;

        Result &operator+=(const Result &other);
    };

    IncomingApplier(Database &db, RecordStore &records, Quarantine &quarantine, Inbox &inbox);

    // Throws StoreError; then nothing of the batch was stored.
    Result apply(const QList<WireRecord> &batch);
    // nullopt when the inbox is empty.
    std::optional<Result> applyOldestInInbox();
    // Applies inbox batch `seq`, whose body the caller still holds (and
    // checked before it was kept): no reading it back.
    Result applyFromInbox(qint64 seq, const QByteArray &body);
    // Tries every quarantined record again (after an upgrade, say): those that
    // now apply leave the quarantine. Returns how many did.
    qint64 retryQuarantined();

private:
    // The reason a valid-looking record still cannot be applied, or empty.
    QString applyOne(const WireRecord &record, Result &result);
    void applyRecords(const QList<WireRecord> &batch, Result &result);
    void applyParsed(const std::optional<QList<WireRecord>> &records, const QString &error,
                     const QByteArray &body, Result &result);
    void finishBatch(Transaction &transaction, qint64 seq);
    bool changedLocally(const WireRecord &record);

    Database &m_db;
    RecordStore &m_records;
    Quarantine &m_quarantine;
    Inbox &m_inbox;
    SqlStatement m_anyLocalChange;
    SqlStatement m_localChange;
    std::optional<quint64> m_noLocalChangesIn; // the transaction that found none
};

} // namespace satellite
