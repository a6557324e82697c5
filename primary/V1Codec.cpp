#include "V1Codec.h"

#include "V2Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace primary {

namespace {

// v1 carries every value as a string; nested JSON travels as its text.
QByteArray valueAsV1String(QByteArrayView raw)
{
    if (raw.startsWith('"'))
        return raw.toByteArray();
    if (raw == "null")
        return QByteArrayLiteral("\"\"");
    return JsonScanner::quote(QString::fromUtf8(raw));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray V1Codec::write(const QueuedRecord &queued)
{
    QueuedRecord record = queued;
    if (!record.raw.isEmpty()) {
        // An administrator's envelope: translate it when it is a v2 record.
        const auto incoming = V2Codec::parse(record.raw, nullptr);
        if (!incoming)
            return record.raw;
        if (incoming->syncType == u"M")
            return writeMerge(record.syncId, *incoming);
        record.recordType = incoming->recordType;
        record.recordId = incoming->recordId;
        record.syncType = incoming->syncType;
        record.storeId = incoming->storeId;
        record.data = incoming->data;
    }
    const bool hasData = !record.data.isEmpty();
    QByteArray fields = "[";
    QByteArray values = "[";
    if (hasData) {
        JsonScanner scanner(record.data);
        const auto members = scanner.objectMembers().value_or(QList<JsonScanner::Member>());
        for (const JsonScanner::Member &member : members) {
            if (fields.size() > 1) {
                fields += ',';
                values += ',';
            }
            fields += QByteArray::number(m_schema.fieldNumber(record.recordType, member.key));
            values += valueAsV1String(member.raw);
        }
    }
    fields += ']';
    values += ']';
    QByteArray out = "{\"SyncID\":" + JsonScanner::quote(record.syncId);
    out += ",\"TableNumber\":" + QByteArray::number(m_schema.tableNumber(record.recordType));
    out += ",\"RecordID\":" + JsonScanner::quote(record.recordId);
    out += ",\"KeyFieldID\":"
        + QByteArray::number(m_schema.fieldNumber(record.recordType, QStringLiteral("ID")));
    out += ",\"SyncType\":" + JsonScanner::quote(hasData ? record.syncType : QStringLiteral("D"));
    out += ",\"StoreID\":" + JsonScanner::quote(record.storeId);
    out += ",\"fields\":" + fields + ",\"values\":" + values + '}';
    return out;
}

QByteArray V1Codec::writeMerge(const QString &syncId, const IncomingRecord &merge)
{
    // The envelope of v1 with v2's merge keys: RecordID names the record kept.
    QByteArray out = "{\"SyncID\":" + JsonScanner::quote(syncId);
    out += ",\"TableNumber\":" + QByteArray::number(m_schema.tableNumber(merge.recordType));
    out += ",\"RecordID\":" + JsonScanner::quote(merge.mergeKeepId);
    out += ",\"KeyFieldID\":"
        + QByteArray::number(m_schema.fieldNumber(merge.recordType, QStringLiteral("ID")));
    out += ",\"SyncType\":\"M\",\"StoreID\":" + JsonScanner::quote(merge.storeId);
    out += ",\"mergeIDtokeep\":" + JsonScanner::quote(merge.mergeKeepId);
    out += ",\"mergeIDtodelete\":" + JsonScanner::quote(merge.mergeRemoveId);
    out += ",\"fields\":[],\"values\":[]}";
    return out;
}

std::optional<IncomingRecord> V1Codec::parse(QByteArrayView envelope, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(envelope.toByteArray(), &parseError);
    if (!document.isObject()) {
        fail(error, QStringLiteral("a v1 record is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    IncomingRecord record;
    const auto type = m_schema.typeOfTable(object.value(u"TableNumber").toInt(-1));
    if (!type) {
        fail(error, QStringLiteral("unknown TableNumber; see GET /sync/v1/schema"));
        return std::nullopt;
    }
    record.recordType = *type;
    record.syncId = object.value(u"SyncID").toString();
    record.recordId = object.value(u"RecordID").toString();
    record.syncType = object.value(u"SyncType").toString();
    record.storeId = object.value(u"StoreID").toString();
    if (record.syncType == u"D")
        return record.recordId.isEmpty()
            ? (fail(error, QStringLiteral("a delete without RecordID")), std::nullopt)
            : std::optional(record);
    if (record.syncType != u"I" && record.syncType != u"U") {
        fail(error, QStringLiteral("v1 SyncType must be I, U or D"));
        return std::nullopt;
    }
    const QJsonArray fields = object.value(u"fields").toArray();
    const QJsonArray values = object.value(u"values").toArray();
    if (fields.size() != values.size()) {
        fail(error, QStringLiteral("fields and values differ in length"));
        return std::nullopt;
    }
    QByteArray data = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto name = m_schema.fieldName(record.recordType, fields[i].toInt(-1));
        if (!name) {
            fail(error,
                 QStringLiteral("unknown field number %1 for %2; see GET /sync/v1/schema")
                     .arg(fields[i].toInt(-1))
                     .arg(record.recordType));
            return std::nullopt;
        }
        if (i > 0)
            data += ',';
        const QJsonValue value = values[i];
        const QString text = value.isString() ? value.toString()
            : value.isNull()                  ? QString()
                                              : QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                                      .toJson(QJsonDocument::Compact)
                                                                      .chopped(1)
                                                                      .sliced(1));
        data += JsonScanner::quote(*name) + ':' + JsonScanner::quote(text);
    }
    data += '}';
    if (!V2Codec::takeData(record, data, error))
        return std::nullopt;
    return record;
}

} // namespace primary
