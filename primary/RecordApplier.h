#pragma once

#include "IncomingRecord.h"
#include "RecordStore.h"
#include "SiteRegistry.h"
#include "SyncQueue.h"
#include "V1Schema.h"

namespace primary {

// Applies a record to the primary's own data and, for changes made by a
// satellite, queues it to every other site that should see it.
class RecordApplier
{
public:
    RecordApplier(RecordStore &records, SyncQueue &queue, V1Schema &schema, SiteRegistry &sites);

    enum class FanOut { None, OtherSites };

    // Call inside a transaction. `sourceSiteId` is 0 for the primary itself.
    void apply(const IncomingRecord &record, int sourceSiteId, FanOut fanOut);

    // Queues a patient to the sites of a store that a join has just opened to
    // it, but `exceptSiteId`'s (0: none).
    void shareJoinedPatient(const StoredRecord &join, const QList<Site> &sites,
                            int exceptSiteId = 0);

private:
    void upsert(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
                const QList<Site> &sites);
    void remove(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
                const QList<Site> &sites);
    void merge(const IncomingRecord &record, int sourceSiteId, FanOut fanOut,
               const QList<Site> &sites);

    RecordStore &m_records;
    SyncQueue &m_queue;
    V1Schema &m_schema;
    SiteRegistry &m_sites;
};

} // namespace primary
