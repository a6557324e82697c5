#include "V2Codec.h"

#include "RecordStore.h"

namespace primary {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<QString> stringMember(const QList<JsonScanner::Member> &members, QStringView key,
                                    bool *wrongType)
{
    for (const JsonScanner::Member &member : members) {
        if (member.key != key)
            continue;
        if (auto text = JsonScanner::decodeString(member.raw))
            return text;
        if (member.raw != "null")
            *wrongType = true;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

bool V2Codec::takeData(IncomingRecord &record, QByteArray data, QString *error)
{
    record.data = std::move(data);
    JsonScanner scanner(record.data);
    auto members = scanner.objectMembers();
    if (!members)
        return fail(error, QStringLiteral("Data is not a JSON object: ") + scanner.errorString());
    record.dataMembers = *members;
    bool wrongType = false;
    const auto dataId = stringMember(record.dataMembers, u"ID", &wrongType);
    if (wrongType)
        return fail(error, QStringLiteral("Data.ID is not a string"));
    if (record.recordId.isEmpty())
        record.recordId = dataId.value_or(QString());
    if (record.recordId.isEmpty())
        return fail(error, QStringLiteral("the record has neither RecordID nor Data.ID"));
    if (dataId && !dataId->isEmpty() && *dataId != record.recordId)
        return fail(
            error,
            QStringLiteral("RecordID %1 differs from Data.ID %2").arg(record.recordId, *dataId));
    return true;
}

std::optional<IncomingRecord> V2Codec::parse(QByteArrayView envelope, QString *error)
{
    JsonScanner scanner(envelope);
    const auto members = scanner.objectMembers();
    if (!members) {
        fail(error, QStringLiteral("a record is not a JSON object: ") + scanner.errorString());
        return std::nullopt;
    }
    IncomingRecord record;
    bool wrongType = false;
    record.syncId = stringMember(*members, u"SyncID", &wrongType).value_or(QString());
    record.recordType = stringMember(*members, u"RecordType", &wrongType).value_or(QString());
    record.recordId = stringMember(*members, u"RecordID", &wrongType).value_or(QString());
    record.syncType = stringMember(*members, u"SyncType", &wrongType).value_or(QString());
    record.storeId = stringMember(*members, u"StoreID", &wrongType).value_or(QString());
    record.mergeKeepId = stringMember(*members, u"mergeIDtokeep", &wrongType).value_or(QString());
    record.mergeRemoveId
        = stringMember(*members, u"mergeIDtodelete", &wrongType).value_or(QString());
    if (wrongType) {
        fail(error, QStringLiteral("an envelope field that must be a string is not"));
        return std::nullopt;
    }
    if (record.recordType.isEmpty()) {
        fail(error, QStringLiteral("RecordType is missing"));
        return std::nullopt;
    }
    if (record.syncType == u"D") {
        if (record.recordId.isEmpty()) {
            fail(error, QStringLiteral("a delete without RecordID"));
            return std::nullopt;
        }
        return record;
    }
    if (record.syncType == u"M") {
        if (record.mergeKeepId.isEmpty() || record.mergeRemoveId.isEmpty()) {
            fail(error, QStringLiteral("a merge needs mergeIDtokeep and mergeIDtodelete"));
            return std::nullopt;
        }
        return record;
    }
    if (record.syncType != u"I" && record.syncType != u"U") {
        fail(error,
             QStringLiteral("SyncType must be I, U, D or M, not \"%1\"").arg(record.syncType));
        return std::nullopt;
    }
    for (const JsonScanner::Member &member : *members) {
        if (member.key == u"Data" || member.key == u"data") {
            if (!takeData(record, member.raw.toByteArray(), error))
                return std::nullopt;
            return record;
        }
    }
    fail(error, QStringLiteral("an insert or update without Data"));
    return std::nullopt;
}

QByteArray V2Codec::write(const QueuedRecord &record)
{
    if (!record.raw.isEmpty())
        return record.raw;
    QByteArray out;
    out.reserve(record.data.size() + 200);
    append(out,
           {record.syncId.toUtf8(), record.recordType.toUtf8(), record.recordId.toUtf8(),
            record.syncType.toUtf8(), record.storeId.toUtf8(), record.data});
    return out;
}

void V2Codec::append(QByteArray &out, const Parts &parts)
{
    out += "{\"SyncID\":";
    JsonScanner::appendQuoted(out, parts.syncId);
    out += ",\"RecordType\":";
    JsonScanner::appendQuoted(out, parts.recordType);
    out += ",\"RecordID\":";
    JsonScanner::appendQuoted(out, parts.recordId);
    // A record deleted since it was queued goes out as a delete.
    const bool hasData = !parts.data.isEmpty();
    out += ",\"SyncType\":";
    JsonScanner::appendQuoted(out, hasData ? parts.syncType : QByteArrayView("D"));
    out += ",\"StoreID\":";
    JsonScanner::appendQuoted(out, parts.storeId);
    if (hasData) {
        // Served lowercase, as real primaries do (mobile reads only `data`).
        out += ",\"data\":";
        out += parts.data;
    }
    out += '}';
}

} // namespace primary
