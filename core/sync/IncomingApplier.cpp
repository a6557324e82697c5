#include "IncomingApplier.h"

#include "WireFormat.h"

namespace satellite {

IncomingApplier::IncomingApplier(Database &db, RecordStore &records, Quarantine &quarantine,
                                 PendingAcks &acks)
    : m_db(db)
    , m_records(records)
    , m_quarantine(quarantine)
    , m_acks(acks)
{ }

IncomingApplier::Result IncomingApplier::apply(const QList<WireRecord> &batch)
{
    Result result;
    Transaction transaction(m_db);
    for (const WireRecord &record : batch) {
        const QString problem = record.isApplicable() ? applyOne(record, result) : record.problem;
        if (!problem.isEmpty()) {
            m_quarantine.add(record.syncId, record.recordType, record.recordId, problem,
                             record.raw);
            ++result.quarantined;
        } else {
            ++result.applied;
        }
        if (!record.syncId.isEmpty())
            result.syncIds.append(record.syncId);
    }
    m_acks.add(result.syncIds);
    transaction.commit();
    return result;
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
    if (record.syncType == u"D") {
        if (m_records.remove(record.recordType, record.recordId)) // unknown: nothing to do
            changed(record.recordType);
        return {};
    }
    if (record.syncType == u"M") {
        static const QStringList mergeable
            = {QStringLiteral("item"), QStringLiteral("name"), QStringLiteral("clinician")};
        if (!mergeable.contains(record.recordType))
            return QStringLiteral("a merge of %1 records is not defined").arg(record.recordType);
        for (const QString &type :
             m_records.merge(record.recordType, record.mergeKeepId, record.mergeRemoveId))
            changed(type);
        changed(record.recordType);
        return {};
    }
    const QString problem = m_records.put(record.recordType, record.recordId, record.data);
    if (problem.isEmpty())
        changed(record.recordType);
    return problem;
}

} // namespace satellite
