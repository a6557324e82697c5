#include "WireFormat.h"

#include "json/JsonScanner.h"
#include <QUuid>

namespace satellite {

namespace {

// The members of an envelope the satellite reads.
struct EnvelopeFields
{
    QString syncId, recordType, recordId, syncType, storeId, keep, remove;
    QByteArrayView data;
    bool hasData = false;
    QString wrongType; // the first field that should be a string and is not
};

EnvelopeFields readFields(const QList<JsonScanner::Member> &members)
{
    EnvelopeFields fields;
    const std::pair<const char16_t *, QString *> strings[] = {
        {u"SyncID", &fields.syncId},          {u"RecordType", &fields.recordType},
        {u"RecordID", &fields.recordId},      {u"SyncType", &fields.syncType},
        {u"StoreID", &fields.storeId},        {u"mergeIDtokeep", &fields.keep},
        {u"mergeIDtodelete", &fields.remove},
    };
    for (const JsonScanner::Member &member : members) {
        if (member.key == u"Data" || member.key == u"data") {
            fields.data = member.raw;
            fields.hasData = member.raw != "null";
            continue;
        }
        for (const auto &[name, target] : strings) {
            if (member.key != QStringView(name))
                continue;
            if (auto text = JsonScanner::decodeString(member.raw))
                *target = *text;
            else if (member.raw != "null" && fields.wrongType.isEmpty())
                fields.wrongType = member.key;
        }
    }
    return fields;
}

QString dataProblem(WireRecord &record, QByteArrayView data)
{
    JsonScanner scanner(data);
    const auto members = scanner.objectMembers();
    if (!members)
        return QStringLiteral("Data is not a JSON object");
    for (const JsonScanner::Member &member : *members) {
        if (member.key != u"ID")
            continue;
        const auto id = JsonScanner::decodeString(member.raw);
        if (!id)
            return QStringLiteral("Data.ID is not a string");
        if (record.recordId.isEmpty())
            record.recordId = *id;
    }
    return record.recordId.isEmpty()
        ? QStringLiteral("the record has no ID (neither RecordID nor Data.ID)")
        : QString();
}

QString problemOf(WireRecord &record, const EnvelopeFields &fields, WireFormat::Origin origin)
{
    if (!fields.wrongType.isEmpty())
        return QStringLiteral("%1 is not a string").arg(fields.wrongType);
    if (record.syncId.isEmpty() && origin == WireFormat::Origin::Pulled)
        return QStringLiteral("the record has no SyncID");
    if (record.recordType.isEmpty())
        return QStringLiteral("the record has no RecordType");
    if (record.syncType == u"D")
        return record.recordId.isEmpty() ? QStringLiteral("a delete without RecordID") : QString();
    if (record.syncType == u"M") {
        return record.mergeKeepId.isEmpty() || record.mergeRemoveId.isEmpty()
            ? QStringLiteral("a merge without mergeIDtokeep and mergeIDtodelete")
            : QString();
    }
    if (record.syncType != u"I" && record.syncType != u"U")
        return QStringLiteral("unknown SyncType \"%1\"").arg(record.syncType);
    if (!fields.hasData)
        return QStringLiteral("an insert or update without Data");
    return dataProblem(record, fields.data);
}

} // namespace

WireRecord WireFormat::parseRecord(const QByteArray &envelope, Origin origin)
{
    WireRecord record;
    record.raw = envelope;
    JsonScanner scanner(envelope);
    const auto members = scanner.objectMembers();
    if (!members) {
        record.problem = QStringLiteral("the record is not a JSON object");
        return record;
    }
    const EnvelopeFields fields = readFields(*members);
    record.syncId = fields.syncId;
    record.recordType = fields.recordType;
    record.recordId = fields.recordId;
    record.syncType = fields.syncType;
    record.storeId = fields.storeId;
    record.mergeKeepId = fields.keep;
    record.mergeRemoveId = fields.remove;
    record.problem = problemOf(record, fields, origin);
    if (record.problem.isEmpty() && fields.hasData
        && (record.syncType == u"I" || record.syncType == u"U"))
        record.data = fields.data.toByteArray();
    return record;
}

std::optional<QList<WireRecord>> WireFormat::parseBatch(const QByteArray &body, QString *error)
{
    JsonScanner scanner(body);
    const auto elements = scanner.arrayElements();
    if (!elements) {
        *error = QStringLiteral("the server sent records that are not a JSON array (%1)")
                     .arg(scanner.errorString());
        return std::nullopt;
    }
    QList<WireRecord> records;
    records.reserve(elements->size());
    for (const QByteArrayView element : *elements)
        records.append(parseRecord(element.toByteArray()));
    return records;
}

QByteArray WireFormat::envelope(const QString &syncId, const QString &recordType,
                                const QString &recordId, const QString &syncType,
                                const QString &storeId, const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + 200);
    out += "{\"SyncID\":" + JsonScanner::quote(syncId);
    out += ",\"RecordType\":" + JsonScanner::quote(recordType);
    out += ",\"RecordID\":" + JsonScanner::quote(recordId);
    out += ",\"SyncType\":" + JsonScanner::quote(syncType);
    out += ",\"StoreID\":" + JsonScanner::quote(storeId);
    if (syncType != u"D")
        out += ",\"Data\":" + data;
    out += '}';
    return out;
}

QString WireFormat::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

} // namespace satellite
