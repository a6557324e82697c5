#include "IncomingApplier.h"

#include "WireFormat.h"
#include "sqlite/WalCheckpointer.h"

namespace satellite {

IncomingApplier::Result &IncomingApplier::Result::operator+=(const Result &other)
{
    applied += other.applied;
    quarantined += other.quarantined;
    keptLocal += other.keptLocal;
    for (const QString &type : other.changedTypes) {
        if (!changedTypes.contains(type))
            changedTypes.append(type);
    }
    return *this;
}

IncomingApplier::IncomingApplier(Database &db, RecordStore &records, Quarantine &quarantine,
                                 Inbox &inbox)
    : m_db(db)
    , m_records(records)
    , m_quarantine(quarantine)
    , m_inbox(inbox)
    , m_anyLocalChange(db.handle(), "SELECT EXISTS (SELECT 1 FROM outgoing)")
    , m_localChange(db.handle(), "SELECT 1 FROM outgoing WHERE type = ? AND id = ?")
{ }

bool IncomingApplier::changedLocally(const WireRecord &record)
{
    // A first sync has no local changes: one look per transaction, not per record.
    if (m_noLocalChangesIn == m_db.transactionNumber())
        return false;
    m_anyLocalChange.step();
    const bool any = m_anyLocalChange.integer(0) != 0;
    m_anyLocalChange.reset();
    if (!any) {
        m_noLocalChangesIn = m_db.transactionNumber();
        return false;
    }
    m_localChange.bind(1, record.recordType).bind(2, record.recordId);
    const bool changed = m_localChange.step();
    m_localChange.reset();
    return changed;
}

IncomingApplier::Result IncomingApplier::apply(const QList<WireRecord> &batch)
{
    Result result;
    Transaction transaction(m_db);
    applyRecords(batch, result);
    transaction.commit();
    return result;
}

std::optional<IncomingApplier::Result> IncomingApplier::applyOldestInInbox()
{
    Transaction transaction(m_db);
    const std::optional<Inbox::Batch> batch = m_inbox.oldest();
    if (!batch)
        return std::nullopt;
    Result result;
    if (batch->problem.isEmpty()) {
        QString error; // read back from the file: checked again
        applyParsed(WireFormat::parseBatch(batch->body, &error), error, batch->body, result);
    } else {
        m_quarantine.add(QString(), QString(), QString(), batch->problem, batch->body);
        ++result.quarantined;
    }
    finishBatch(transaction, batch->seq);
    return result;
}

IncomingApplier::Result IncomingApplier::applyFromInbox(qint64 seq, const QByteArray &body)
{
    // Read before the write lock is taken: the thread that receives the next
    // batch waits for that lock to keep it.
    QString error;
    // Data is read in place, not copied: `body` outlives the records.
    const auto records = WireFormat::parseCheckedBatch(body, &error, body.capacity(), true);
    Transaction transaction(m_db);
    Result result;
    applyParsed(records, error, body, result);
    finishBatch(transaction, seq);
    return result;
}

// The batch leaves the inbox with the records it brought; its slot is freed
// at a sweep now and then.
void IncomingApplier::finishBatch(Transaction &transaction, qint64 seq)
{
    m_inbox.remove(seq);
    transaction.commit();
    m_inbox.sweepNowAndThen();
    m_db.checkpointer().letWalRestart(); // batches come without pause
}

void IncomingApplier::applyParsed(const std::optional<QList<WireRecord>> &records,
                                  const QString &error, const QByteArray &body, Result &result)
{
    if (records) {
        applyRecords(*records, result);
        return;
    }
    // Checked before it was kept, so only a damaged file gets here: keep the
    // bytes where they can be seen, and go on.
    m_quarantine.add(QString(), QString(), QString(), error, body);
    ++result.quarantined;
}

void IncomingApplier::applyRecords(const QList<WireRecord> &batch, Result &result)
{
    for (const WireRecord &record : batch) {
        const QString problem = record.isApplicable() ? applyOne(record, result) : record.problem;
        if (!problem.isEmpty()) {
            m_quarantine.add(record.syncId, record.recordType, record.recordId, problem,
                             record.raw);
            ++result.quarantined;
        } else {
            ++result.applied;
        }
    }
}

qint64 IncomingApplier::retryQuarantined()
{
    qint64 applied = 0;
    Result ignored;
    Transaction transaction(m_db);
    for (const Quarantine::Entry &entry : m_quarantine.all()) {
        const WireRecord record = WireFormat::parseRecord(entry.raw);
        if (record.isApplicable() && applyOne(record, ignored).isEmpty()) {
            m_quarantine.remove(entry.seq);
            ++applied;
        }
    }
    transaction.commit();
    return applied;
}

QString IncomingApplier::applyOne(const WireRecord &record, Result &result)
{
    auto changed = [&result](const QString &type) {
        if (!result.changedTypes.contains(type))
            result.changedTypes.append(type);
    };
    if (record.syncType != u"M" && changedLocally(record)) {
        ++result.keptLocal;
        return {};
    }
    if (record.syncType == u"D") {
        if (m_records.remove(record.recordType, record.recordId)) // unknown: nothing to do
            changed(record.recordType);
        return {};
    }
    if (record.syncType == u"M") {
        QStringList types;
        const QString problem
            = m_records.merge(record.recordType, record.mergeKeepId, record.mergeRemoveId, &types);
        if (!problem.isEmpty())
            return problem;
        for (const QString &type : std::as_const(types))
            changed(type);
        changed(record.recordType);
        return {};
    }
    m_records.put(record.recordType, record.recordId, record.data, record.projection);
    changed(record.recordType);
    return {};
}

} // namespace satellite
