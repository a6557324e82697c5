// The satellite's reader of what servers send (WireFormat): a batch that
// summarize() accepts (and that is then acknowledged) must parse into as many
// records, each applicable or kept whole for quarantine; a single envelope
// (satellite-cli import) likewise, and what the satellite writes back for it
// must read back the same. A reply is read copied and in place (as a sync
// reads it); one refused as a whole is taken apart (salvage) into what can be
// read and what cannot. Both envelope keys (Data, data) and both value
// dialects come from the seeds.

#include "FuzzCheck.h"
#include "WireRecordCheck.h"
#include "sync/WireFormat.h"

#include "json/JsonScanner.h"

using fuzz::described;
using fuzz::shown;
using satellite::JsonScanner;
using satellite::WireFormat;
using satellite::WireRecord;

namespace {

void checkRecords(QByteArrayView body, qsizetype count)
{
    QString error;
    const auto records = WireFormat::parseCheckedBatch(body, &error);
    FUZZ_CHECK(records && records->size() == count, error + u'\n' + shown(body));
    for (const WireRecord &record : *records)
        fuzz::checkWireRecord(record, WireFormat::Origin::Pulled);
}

// A reply refused as a whole, taken apart: every element is either in the
// readable body or kept whole with its reason.
void checkSalvaged(QByteArrayView body)
{
    const auto salvaged = WireFormat::salvage(body);
    if (!salvaged)
        return;
    const auto elements = JsonScanner(body).arrayElements();
    FUZZ_CHECK(elements, shown(body));
    FUZZ_CHECK(salvaged->summary.records + salvaged->unreadable.size() == elements->size(),
               shown(body));
    FUZZ_CHECK(salvaged->summary.syncIds.size() <= elements->size(), shown(body));
    for (const WireFormat::Unreadable &unreadable : salvaged->unreadable)
        FUZZ_CHECK(!unreadable.raw.isEmpty() && !unreadable.reason.isEmpty(), shown(body));
    checkRecords(salvaged->body, salvaged->summary.records);
}

void checkBatch(QByteArrayView body)
{
    QString summaryError, parseError;
    const auto summary = WireFormat::summarize(body, &summaryError);
    const auto records = WireFormat::parseBatch(body, &parseError);
    FUZZ_CHECK(bool(summary) == bool(records), summaryError + QStringLiteral(" / ") + parseError);
    // As a sync reads a reply: in place, in a buffer with room for simdjson's
    // padding (whatever the room holds), Data borrowed from it.
    QByteArray reply = body.toByteArray() + QByteArray(WireFormat::kPadding, '"');
    reply.truncate(body.size());
    const auto inPlace = WireFormat::summarize(reply, &summaryError, reply.capacity());
    FUZZ_CHECK(
        bool(inPlace) == bool(summary)
            && (!summary
                || (inPlace->records == summary->records && inPlace->syncIds == summary->syncIds)),
        shown(body));
    if (!records) {
        checkSalvaged(body);
        return;
    }
    FUZZ_CHECK(summary->records == records->size(), shown(body));
    FUZZ_CHECK(summary->syncIds.size() <= records->size(), shown(body));
    // The applier reads a kept batch without checking it again.
    const auto checked = WireFormat::parseCheckedBatch(reply, &parseError, reply.capacity(), true);
    FUZZ_CHECK(checked && checked->size() == records->size(), parseError);
    for (qsizetype i = 0; i < records->size(); ++i) {
        FUZZ_CHECK(fuzz::sameRecord(checked->at(i), records->at(i)), described(records->at(i)));
        fuzz::checkWireRecord(records->at(i), WireFormat::Origin::Pulled);
    }
}

// The envelope the satellite pushes for a record it holds reads back as it.
void checkWrittenBack(const WireRecord &record)
{
    if (!record.isApplicable() || record.syncType == u"M")
        return;
    const QString syncId = record.syncId.isEmpty() ? QStringLiteral("S") : record.syncId;
    const QByteArray envelope = WireFormat::envelope(syncId, record.recordType, record.recordId,
                                                     record.syncType, record.storeId, record.data);
    const WireRecord again = WireFormat::parseRecord(envelope);
    const auto what = [&] {
        return QString(described(record) + QStringLiteral("\nwritten: ") + shown(envelope));
    };
    FUZZ_CHECK(again.isApplicable(), what() + QStringLiteral("\nread back: ") + described(again));
    FUZZ_CHECK(again.syncId == syncId && again.recordType == record.recordType
                   && again.recordId == record.recordId && again.syncType == record.syncType
                   && again.storeId == record.storeId && again.data == record.data
                   && fuzz::sameProjection(again.projection, record.projection),
               what() + QStringLiteral("\nread back: ") + described(again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body = fuzz::bytes(data, size);
    checkBatch(body);
    if (body.isEmpty())
        return 0; // no single record is ever read from nothing
    const QByteArray envelope = body.toByteArray();
    const WireRecord pulled = WireFormat::parseRecord(envelope);
    fuzz::checkWireRecord(pulled, WireFormat::Origin::Pulled);
    const WireRecord imported = WireFormat::parseRecord(envelope, WireFormat::Origin::LocalImport);
    fuzz::checkWireRecord(imported, WireFormat::Origin::LocalImport);
    checkWrittenBack(imported);
    return 0;
}
