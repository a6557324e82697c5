#pragma once

#include "FuzzCheck.h"
#include "IncomingRecord.h"
#include "SyncQueue.h"

// What every record primary-sim's codecs accept must be.
namespace fuzz {

inline QString described(const primary::IncomingRecord &record)
{
    return QStringLiteral("SyncID %1, RecordType %2, RecordID %3, SyncType %4, StoreID %5, "
                          "merge %6 <- %7\nData: %8")
        .arg(record.syncId, record.recordType, record.recordId, record.syncType, record.storeId,
             record.mergeKeepId, record.mergeRemoveId, shown(record.data));
}

inline void checkIncoming(const primary::IncomingRecord &record)
{
    const auto what = [&] { return described(record); };
    FUZZ_CHECK(!record.recordType.isEmpty(), what());
    if (record.syncType == u"I" || record.syncType == u"U") {
        FUZZ_CHECK(!record.recordId.isEmpty() && !record.data.isEmpty(), what());
        satellite::JsonScanner scanner(record.data);
        const auto members = scanner.objectMembers();
        FUZZ_CHECK(members && members->size() == record.dataMembers.size(), what());
        // The members are views into the record's own copy of Data.
        const char *begin = record.data.constData();
        const char *end = begin + record.data.size();
        for (const satellite::JsonScanner::Member &member : record.dataMembers)
            FUZZ_CHECK(member.raw.data() >= begin && member.raw.data() + member.raw.size() <= end,
                       what());
    } else if (record.syncType == u"D") {
        FUZZ_CHECK(!record.recordId.isEmpty() && record.data.isEmpty(), what());
    } else {
        FUZZ_CHECK(record.syncType == u"M", what());
        FUZZ_CHECK(!record.mergeKeepId.isEmpty() && !record.mergeRemoveId.isEmpty(), what());
    }
}

// How the queue holds a record primary-sim accepted: a merge is served as
// the changes it makes, never as itself.
inline primary::QueuedRecord queued(const primary::IncomingRecord &record, const QString &syncId)
{
    return primary::QueuedRecord{syncId,          record.recordType, record.recordId,
                                 record.syncType, record.storeId,    record.data,
                                 QByteArray()};
}

// For inserts, updates and deletes: merge IDs there mean nothing.
inline bool sameRecord(const primary::IncomingRecord &a, const primary::IncomingRecord &b)
{
    return a.syncId == b.syncId && a.recordType == b.recordType && a.recordId == b.recordId
        && a.syncType == b.syncType && a.storeId == b.storeId && a.data == b.data;
}

} // namespace fuzz
