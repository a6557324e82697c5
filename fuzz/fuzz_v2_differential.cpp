// primary-sim and the satellite read the same v2 records: fed a push body (an
// array of envelopes) or one envelope, whatever primary-sim's push accepts
// (good text by JsonTextCheck, then V2Codec) is served as primary-sim serves
// it (V2Codec::append, one batch) and must pass the satellite's batch check
// (WireFormat::summarize), and read back (parseCheckedBatch) with the same
// RecordType, RecordID, SyncType, StoreID and Data bytes; a record the
// satellite does not apply must be one its own Data rules refuse, kept whole
// for quarantine. Then what the satellite pushes for each record it read
// (WireFormat::envelope) must be accepted by primary-sim as the same record.
// The same envelope read directly by both (an administrator's queued
// envelope is served as given) must agree too.

#include "FuzzCheck.h"
#include "JsonTextCheck.h"
#include "PrimaryRecordCheck.h"
#include "V2Codec.h"
#include "WireRecordCheck.h"
#include "sync/WireFormat.h"

#include <QSet>

using fuzz::shown;
using primary::IncomingRecord;
using primary::V2Codec;
using satellite::JsonScanner;
using satellite::RecordProjection;
using satellite::WireFormat;
using satellite::WireRecord;

namespace {

QString bothSides(const IncomingRecord &sent, const WireRecord &read)
{
    return QStringLiteral("primary-sim: ") + fuzz::described(sent) + QStringLiteral("\nsatellite: ")
        + fuzz::described(read);
}

// The satellite read what primary-sim holds: the same envelope, and Data as
// it is or refused by the satellite's own rules for Data's values.
void checkReadBack(const IncomingRecord &sent, const WireRecord &read, const QString &syncId,
                   QByteArrayView servedEnvelope)
{
    const auto what = [&] { return bothSides(sent, read); };
    FUZZ_CHECK(read.syncId == syncId && read.recordType == sent.recordType
                   && read.syncType == sent.syncType && read.storeId == sent.storeId,
               what());
    // Without RecordID, the ID is Data.ID: unknown when Data is refused.
    FUZZ_CHECK(read.recordId == sent.recordId || (!read.isApplicable() && read.recordId.isEmpty()),
               what());
    if (read.isApplicable()) {
        FUZZ_CHECK(read.data == sent.data, what());
        return;
    }
    QString problem;
    const auto projection = RecordProjection::of(sent.recordType, sent.data, &problem);
    FUZZ_CHECK(sent.syncType != u"D" && !projection && problem == read.problem, what());
    FUZZ_CHECK(read.raw == servedEnvelope, what());
}

// What the satellite pushes for a record primary-sim accepts as that record.
void checkPushedBack(const WireRecord &read)
{
    const QByteArray envelope = WireFormat::envelope(read.syncId, read.recordType, read.recordId,
                                                     read.syncType, read.storeId, read.data);
    QString error;
    const auto pushed = V2Codec::parse(envelope, &error);
    FUZZ_CHECK(pushed,
               fuzz::described(read) + QStringLiteral("\npushed: ") + shown(envelope) + u'\n'
                   + error);
    FUZZ_CHECK(pushed->syncId == read.syncId && pushed->recordType == read.recordType
                   && pushed->recordId == read.recordId && pushed->syncType == read.syncType
                   && pushed->storeId == read.storeId && pushed->data == read.data,
               bothSides(*pushed, read));
}

// Duplicate top-level keys (Data and data count as one) are read first-wins
// by primary-sim and last-wins by the satellite: left out of the direct check.
bool hasDuplicateKeys(QByteArrayView envelope)
{
    JsonScanner scanner(envelope);
    const auto members = scanner.objectMembers();
    if (!members)
        return false;
    QSet<QString> seen;
    for (const JsonScanner::Member &member : *members) {
        const QString key = member.key == u"data" ? QStringLiteral("Data") : member.key;
        if (seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}

void checkDirect(QByteArrayView envelope, const IncomingRecord &sent)
{
    if (hasDuplicateKeys(envelope))
        return;
    const WireRecord read
        = WireFormat::parseRecord(envelope.toByteArray(), WireFormat::Origin::LocalImport);
    checkReadBack(sent, read, sent.syncId, envelope);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body = fuzz::bytes(data, size);
    QList<QByteArrayView> envelopes;
    JsonScanner scanner(body);
    if (const auto elements = scanner.arrayElements())
        envelopes = *elements;
    else
        envelopes.append(body);

    QList<IncomingRecord> accepted;
    QList<QByteArrayView> acceptedEnvelopes;
    for (const QByteArrayView envelope : envelopes) {
        if (!primary::JsonTextCheck::problem(envelope).isEmpty())
            continue;
        auto record = V2Codec::parse(envelope, nullptr);
        // A merge is served as the changes it makes, never as itself.
        if (record && record->syncType != u"M") {
            accepted.append(std::move(*record));
            acceptedEnvelopes.append(envelope);
        }
    }
    if (accepted.isEmpty())
        return 0;

    // One batch of a pull, as primary-sim writes it: its own SyncIDs.
    QByteArray batch = "[";
    QStringList syncIds;
    QList<qsizetype> starts;
    for (const IncomingRecord &record : accepted) {
        if (batch.size() > 1)
            batch += ',';
        syncIds.append(QStringLiteral("Q%1").arg(syncIds.size() + 1));
        starts.append(batch.size());
        V2Codec::append(batch,
                        {syncIds.last().toUtf8(), record.recordType.toUtf8(),
                         record.recordId.toUtf8(), record.syncType.toUtf8(),
                         record.storeId.toUtf8(), record.data});
    }
    starts.append(batch.size() + 1);
    batch += ']';

    QString error;
    const auto summary = WireFormat::summarize(batch, &error);
    FUZZ_CHECK(summary, error + u'\n' + shown(batch));
    FUZZ_CHECK(summary->records == accepted.size() && summary->syncIds == syncIds, shown(batch));
    const auto records = WireFormat::parseCheckedBatch(batch, &error);
    FUZZ_CHECK(records && records->size() == accepted.size(), error + u'\n' + shown(batch));
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        const QByteArrayView served
            = QByteArrayView(batch).sliced(starts[i], starts[i + 1] - 1 - starts[i]);
        checkReadBack(accepted[i], records->at(i), syncIds[i], served);
        if (records->at(i).isApplicable())
            checkPushedBack(records->at(i));
        checkDirect(acceptedEnvelopes[i], accepted[i]);
    }
    return 0;
}
