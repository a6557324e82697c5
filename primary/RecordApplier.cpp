#include "RecordApplier.h"

#include "RecordFields.h"

namespace primary {

RecordApplier::RecordApplier(RecordStore &records, SyncQueue &queue, V1Schema &schema,
                             SiteRegistry &sites)
    : m_records(records)
    , m_queue(queue)
    , m_schema(schema)
    , m_sites(sites)
{ }

void RecordApplier::apply(const IncomingRecord &record, int sourceSiteId, FanOut fanOut)
{
    const QList<Site> sites = fanOut == FanOut::None ? QList<Site>() : m_sites.all();
    if (record.syncType == u"D")
        remove(record, sourceSiteId, fanOut, sites);
    else if (record.syncType == u"M")
        merge(record, sourceSiteId, fanOut, sites);
    else
        upsert(record, sourceSiteId, fanOut, sites);
}

void RecordApplier::upsert(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
                           const QList<Site> &sites)
{
    // Stored as a real primary's table holds it, once: every serve sends it as is.
    const QByteArray data = RecordFields::complete(record.recordType, record.recordId, record.data,
                                                   record.dataMembers);
    JsonScanner scanner(data);
    const QList<JsonScanner::Member> members = data.constData() == record.data.constData()
        ? record.dataMembers
        : scanner.objectMembers().value_or(QList<JsonScanner::Member>());
    const StoredRecord stored = m_records.upsert(record.recordType, record.recordId, data, members);
    m_schema.noteFields(record.recordType, members);
    // A satellite may push a transaction's lines before it, or finalise it later.
    const QList<StoredRecord> moved = m_records.resettleChildren(stored);
    if (fanOut == FanOut::None)
        return;
    m_queue.fanOut(stored, record.syncType, sites, sourceSiteId);
    for (const StoredRecord &child : moved)
        m_queue.fanOut(child, QStringLiteral("U"), sites, sourceSiteId);
    if (stored.type == u"name_store_join")
        shareJoinedPatient(stored, sites, sourceSiteId);
}

void RecordApplier::shareJoinedPatient(const StoredRecord &join, const QList<Site> &sites,
                                       int exceptSiteId)
{
    if (join.flags & StoredRecord::InactiveJoin)
        return;
    const auto patient = m_records.find(QStringLiteral("name"), join.linkId);
    if (!patient || patient->scope != RecordScope::Patient)
        return;
    // A site pushing the join of a patient registered at its own store made that
    // patient and holds it: no echo. One registered elsewhere it needs.
    JsonScanner scanner(patient->data);
    const bool registeredAtJoinStore
        = RecordStore::memberText(scanner.objectMembers().value_or(QList<JsonScanner::Member>()),
                                  u"supplying_store_id")
        == join.storeId;
    for (const Site &site : sites) {
        if (site.storeId != join.storeId)
            continue;
        if (site.siteId != exceptSiteId || !registeredAtJoinStore)
            m_queue.enqueue(site.siteId, *patient, QStringLiteral("U"));
    }
}

void RecordApplier::remove(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
                           const QList<Site> &sites)
{
    const auto existing = m_records.find(record.recordType, record.recordId);
    if (!existing)
        return; // deleting what we do not hold is not an error
    const QList<int> seeing
        = fanOut == FanOut::None ? QList<int>() : m_queue.sitesSeeing(*existing, sites);
    m_records.remove(record.recordType, record.recordId);
    for (int siteId : seeing) {
        if (siteId != sourceSiteId)
            m_queue.enqueue(siteId, *existing, QStringLiteral("D"));
    }
}

void RecordApplier::merge(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
                          const QList<Site> &sites)
{
    IncomingRecord removal = record;
    removal.syncType = QStringLiteral("D");
    removal.recordId = record.mergeRemoveId;
    const auto removed = m_records.find(record.recordType, record.mergeRemoveId);
    const QList<int> seeing
        = removed && fanOut != FanOut::None ? m_queue.sitesSeeing(*removed, sites) : QList<int>();
    const QList<StoredRecord> changed
        = m_records.merge(record.recordType, record.mergeKeepId, record.mergeRemoveId);
    if (fanOut == FanOut::None)
        return;
    for (const StoredRecord &repointed : changed) {
        m_queue.fanOut(repointed, QStringLiteral("U"), sites, sourceSiteId);
        // A join now opens the kept patient, which its store may not have yet.
        if (repointed.type == u"name_store_join")
            shareJoinedPatient(repointed, sites);
    }
    for (int siteId : seeing) {
        if (siteId != sourceSiteId)
            m_queue.enqueue(siteId, *removed, QStringLiteral("D"));
    }
}

} // namespace primary
