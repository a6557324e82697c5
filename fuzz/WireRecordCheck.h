#pragma once

#include "FuzzCheck.h"
#include "sync/WireFormat.h"

#include "json/JsonScanner.h"
#include <cmath>
#include <cstring>

// What every record the satellite's WireFormat hands out must be, whatever
// the bytes: shared by the wire format and the differential targets.
namespace fuzz {

inline bool sameNumber(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

inline bool sameProjection(const satellite::RecordProjection &a,
                           const satellite::RecordProjection &b)
{
    return a.name == b.name && a.code == b.code && a.linkId == b.linkId && a.kind == b.kind
        && a.date == b.date && a.storeId == b.storeId && a.id == b.id
        && sameNumber(a.units, b.units) && sameNumber(a.available, b.available);
}

inline bool sameRecord(const satellite::WireRecord &a, const satellite::WireRecord &b)
{
    return a.syncId == b.syncId && a.recordType == b.recordType && a.recordId == b.recordId
        && a.syncType == b.syncType && a.storeId == b.storeId && a.data == b.data
        && a.mergeKeepId == b.mergeKeepId && a.mergeRemoveId == b.mergeRemoveId && a.raw == b.raw
        && a.problem == b.problem && sameProjection(a.projection, b.projection);
}

inline QString described(const satellite::WireRecord &record)
{
    return QStringLiteral("SyncID %1, RecordType %2, RecordID %3, SyncType %4, StoreID %5, "
                          "problem \"%6\"\nData: %7\nraw: %8")
        .arg(record.syncId, record.recordType, record.recordId, record.syncType, record.storeId,
             record.problem, shown(record.data), shown(record.raw));
}

// A record is either applicable, with all it needs, or kept whole (raw) with
// its problem for quarantine; `origin` is how it was read.
inline void checkWireRecord(const satellite::WireRecord &record,
                            satellite::WireFormat::Origin origin)
{
    using satellite::JsonScanner;
    using satellite::WireFormat;
    const auto what = [&] { return described(record); };
    if (!record.isApplicable()) {
        FUZZ_CHECK(!record.raw.isEmpty() && record.data.isEmpty(), what());
    } else if (record.syncType == u"I" || record.syncType == u"U") {
        FUZZ_CHECK(!record.recordType.isEmpty() && !record.recordId.isEmpty(), what());
        FUZZ_CHECK(record.raw.isEmpty(), what());
        FUZZ_CHECK(JsonScanner(record.data).objectMembers(), what());
        // The columns read in passing are those a local edit derives again.
        QString problem;
        const auto again
            = satellite::RecordProjection::of(record.recordType, record.data, &problem);
        FUZZ_CHECK(again, what() + u'\n' + problem);
        FUZZ_CHECK(sameProjection(*again, record.projection), what());
    } else if (record.syncType == u"D") {
        FUZZ_CHECK(!record.recordId.isEmpty() && !record.raw.isEmpty() && record.data.isEmpty(),
                   what());
    } else {
        FUZZ_CHECK(record.syncType == u"M", what());
        FUZZ_CHECK(!record.mergeKeepId.isEmpty() && !record.mergeRemoveId.isEmpty(), what());
        FUZZ_CHECK(!record.raw.isEmpty(), what());
    }
    // quarantine --retry reads the kept envelope again: the same record.
    if (!record.raw.isEmpty() && origin == WireFormat::Origin::Pulled) {
        const satellite::WireRecord again = WireFormat::parseRecord(record.raw);
        FUZZ_CHECK(sameRecord(again, record),
                   what() + QStringLiteral("\nread again: ") + described(again));
    }
}

} // namespace fuzz
