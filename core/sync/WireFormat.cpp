#include "WireFormat.h"

#include "store/ProjectionReader.h"

#include "json/JsonScanner.h"
#include <QUuid>
#include <simdjson.h>
#include <string>
#include <utility>
#include <vector>

namespace satellite {

namespace {

namespace ondemand = simdjson::ondemand;

std::string_view trimmedEnd(std::string_view text)
{
    while (!text.empty()
           && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r'
               || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QByteArray bytesOf(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The members of an envelope the satellite reads.
struct EnvelopeFields
{
    QString syncId, recordType, recordId, syncType, storeId, keep, remove;
    std::string_view data; // raw JSON, within the padded batch
    bool hasData = false;
    QString wrongType; // the first field that should be a string and is not
    // Data's columns, read while passing it when RecordType came first (as
    // every server writes it); otherwise they are read afterwards.
    QString projectedAs; // the RecordType they were read for; empty: not read
    std::optional<RecordProjection> projection;
    QString projectionProblem;
};

// Record types, sync types and store IDs repeat all through a batch: each is
// converted once and then shared.
class RepeatedStrings
{
public:
    QString get(std::string_view utf8)
    {
        for (const auto &[bytes, text] : m_known) {
            if (bytes == utf8)
                return text;
        }
        QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (m_known.size() < 64)
            m_known.emplace_back(std::string(utf8), text);
        return text;
    }

private:
    std::vector<std::pair<std::string, QString>> m_known;
};

struct StringTarget
{
    QString *field = nullptr;
    bool repeats = false; // the same few values all through a batch
};

StringTarget stringTarget(EnvelopeFields &fields, std::string_view key)
{
    if (key == "SyncID")
        return {&fields.syncId};
    if (key == "RecordType")
        return {&fields.recordType, true};
    if (key == "RecordID")
        return {&fields.recordId};
    if (key == "SyncType")
        return {&fields.syncType, true};
    if (key == "StoreID")
        return {&fields.storeId, true};
    if (key == "mergeIDtokeep")
        return {&fields.keep};
    if (key == "mergeIDtodelete")
        return {&fields.remove};
    return {};
}

// False when the element is not an object (its JSON was validated before).
bool readFields(ondemand::object &envelope, EnvelopeFields &fields)
{
    thread_local RepeatedStrings repeated;
    for (auto member : envelope) {
        std::string_view key;
        ondemand::value value;
        if (member.unescaped_key().get(key) || member.value().get(value))
            return false;
        if (key == "Data" || key == "data") {
            ondemand::json_type type;
            if (value.type().get(type))
                return false;
            fields.hasData = type != ondemand::json_type::null;
            // Not an object: the token is enough to say so (dataProblem).
            fields.data = trimmedEnd(value.raw_json_token());
            ondemand::object object;
            if (type == ondemand::json_type::object && !value.get_object().get(object)) {
                std::string_view whole;
                if (object.raw_json().get(whole) || object.reset().error())
                    return false;
                fields.data = trimmedEnd(whole);
                if (!fields.recordType.isEmpty()) {
                    fields.projectedAs = fields.recordType;
                    fields.projection = ProjectionReader(fields.recordType)
                                            .read(object, &fields.projectionProblem);
                }
            }
            continue;
        }
        const StringTarget target = stringTarget(fields, key);
        if (!target.field)
            continue;
        std::string_view text;
        if (!value.get_string().get(text))
            *target.field = target.repeats ? repeated.get(text)
                                           : QString::fromUtf8(text.data(), qsizetype(text.size()));
        else if (value.type().value_unsafe() != ondemand::json_type::null
                 && fields.wrongType.isEmpty())
            fields.wrongType = QString::fromUtf8(key.data(), qsizetype(key.size()));
    }
    return true;
}

QString problemOf(WireRecord &record, EnvelopeFields &fields, WireFormat::Origin origin)
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
    // One pass over Data: its ID and the derived columns.
    const bool projected = !fields.projectedAs.isEmpty() && fields.projectedAs == record.recordType;
    QString problem = projected ? fields.projectionProblem : QString();
    auto projection = projected
        ? std::move(fields.projection)
        : RecordProjection::ofPadded(
            record.recordType, QByteArrayView(fields.data.data(), qsizetype(fields.data.size())),
            &problem);
    if (!projection)
        return problem;
    if (record.recordId.isEmpty())
        record.recordId = QString::fromUtf8(projection->id);
    record.projection = std::move(*projection);
    return record.recordId.isEmpty()
        ? QStringLiteral("the record has no ID (neither RecordID nor Data.ID)")
        : QString();
}

// The envelope's own JSON text, read again from its start: only records that
// go to quarantine (or are not upserts) keep it.
QByteArray rawOf(ondemand::object &envelope)
{
    std::string_view raw;
    if (envelope.reset().error() || envelope.raw_json().get(raw))
        return {};
    return bytesOf(trimmedEnd(raw));
}

// One element of a validated batch.
// `borrow`: Data is not copied but points into the batch, which outlives the record.
WireRecord parseElement(ondemand::value element, WireFormat::Origin origin, bool borrow = false)
{
    WireRecord record;
    ondemand::object envelope;
    if (element.get_object().get(envelope)) {
        record.raw = bytesOf(trimmedEnd(element.raw_json_token()));
        record.problem = QStringLiteral("the record is not a JSON object");
        return record;
    }
    EnvelopeFields fields;
    if (!readFields(envelope, fields)) {
        record.raw = rawOf(envelope);
        record.problem = QStringLiteral("the record is not a JSON object");
        return record;
    }
    record.syncId = fields.syncId;
    record.recordType = fields.recordType;
    record.recordId = fields.recordId;
    record.syncType = fields.syncType;
    record.storeId = fields.storeId;
    record.mergeKeepId = fields.keep;
    record.mergeRemoveId = fields.remove;
    record.problem = problemOf(record, fields, origin);
    const bool upsert = record.syncType == u"I" || record.syncType == u"U";
    if (record.problem.isEmpty() && upsert)
        record.data = borrow
            ? QByteArray::fromRawData(fields.data.data(), qsizetype(fields.data.size()))
            : bytesOf(fields.data);
    else
        record.raw = rawOf(envelope);
    return record;
}

// simdjson reads up to 64 bytes past a document's end: a body whose buffer
// has that room (ApiClient reserves it) is read in place; others are copied.
class PaddedJson
{
public:
    PaddedJson(QByteArrayView body, qsizetype readable)
    {
        static_assert(WireFormat::kPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
        if (readable - body.size() >= WireFormat::kPadding) {
            m_view
                = simdjson::padded_string_view(body.data(), size_t(body.size()), size_t(readable));
        } else {
            m_copy = simdjson::padded_string(body.data(), size_t(body.size()));
            m_view = m_copy;
        }
    }
    const simdjson::padded_string_view &view() const { return m_view; }
    bool inPlace() const { return m_copy.size() == 0; }

private:
    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};

// Full validation first: the on-demand reader below skips what it does not
// read, and a batch is only stored (and acknowledged) when all of it is JSON.
QString validationError(const simdjson::padded_string &json)
{
    thread_local simdjson::dom::parser validator;
    simdjson::dom::element root;
    const auto error = validator.parse(json).get(root);
    if (error == simdjson::NUMBER_ERROR) {
        // Valid JSON with a number beyond what simdjson reads: check the
        // grammar, and the escapes simdjson would have checked after it.
        const QByteArrayView text(json.data(), qsizetype(json.size()));
        JsonScanner scanner(text);
        if (!scanner.isValid())
            return scanner.errorString();
        if (const qsizetype at = JsonScanner::loneSurrogateAt(text); at >= 0)
            return QStringLiteral("a lone surrogate escaped at byte %1").arg(at);
        return QString();
    }
    return error ? QString::fromUtf8(simdjson::error_message(error)) : QString();
}

} // namespace

WireRecord WireFormat::parseRecord(const QByteArray &envelope, Origin origin)
{
    const simdjson::padded_string json(envelope.constData(), size_t(envelope.size()));
    WireRecord record;
    if (!validationError(json).isEmpty()) {
        record.raw = envelope;
        record.problem = QStringLiteral("the record is not a JSON object");
        return record;
    }
    thread_local ondemand::parser parser;
    ondemand::document document;
    ondemand::value element;
    if (parser.iterate(json).get(document) || document.get_value().get(element)) {
        record.raw = envelope;
        record.problem = QStringLiteral("the record is not a JSON object");
        return record;
    }
    record = parseElement(element, origin);
    if (!record.raw.isEmpty())
        record.raw = envelope; // exactly as given, surrounding space included
    return record;
}

std::optional<QList<WireRecord>> WireFormat::parseBatch(QByteArrayView body, QString *error)
{
    const simdjson::padded_string json(body.data(), size_t(body.size()));
    const QString invalid = validationError(json);
    if (!invalid.isEmpty()) {
        *error
            = QStringLiteral("the server sent records that are not a JSON array (%1)").arg(invalid);
        return std::nullopt;
    }
    return parseCheckedBatch(body, error);
}

std::optional<QList<WireRecord>> WireFormat::parseCheckedBatch(QByteArrayView body, QString *error,
                                                               qsizetype readable, bool borrowData)
{
    const PaddedJson json(body, readable);
    thread_local ondemand::parser parser;
    ondemand::document document;
    ondemand::array elements;
    if (parser.iterate(json.view()).get(document) || document.get_array().get(elements)) {
        *error = QStringLiteral("the server sent records that are not a JSON array");
        return std::nullopt;
    }
    QList<WireRecord> records;
    for (auto element : elements) {
        ondemand::value value;
        if (element.get(value))
            break; // cannot happen after validation
        records.append(parseElement(value, Origin::Pulled, borrowData && json.inPlace()));
    }
    return records;
}

std::optional<WireFormat::BatchSummary> WireFormat::summarize(QByteArrayView body, QString *error,
                                                              qsizetype readable)
{
    const PaddedJson json(body, readable);
    // The parser keeps its buffers for the next batch; those of a huge reply
    // are given back at once (a parser of its own, gone when this returns).
    thread_local simdjson::dom::parser kept;
    std::optional<simdjson::dom::parser> once;
    if (body.size() > 16 * 1024 * 1024)
        once.emplace();
    simdjson::dom::parser &validator = once ? *once : kept;
    simdjson::dom::element root;
    simdjson::dom::array elements;
    auto problem = validator.parse(json.view().data(), json.view().length(), false).get(root);
    BatchSummary summary;
    if (problem == simdjson::NUMBER_ERROR) {
        // Rare: the full reader copes with such numbers.
        const auto records = parseBatch(body, error);
        if (!records)
            return std::nullopt;
        summary.records = records->size();
        for (const WireRecord &record : *records) {
            if (!record.syncId.isEmpty())
                summary.syncIds.append(record.syncId);
        }
        return summary;
    }
    if (!problem)
        problem = root.get_array().get(elements);
    if (problem) {
        *error = QStringLiteral("the server sent records that are not a JSON array (%1)")
                     .arg(QString::fromUtf8(simdjson::error_message(problem)));
        return std::nullopt;
    }
    summary.records = qsizetype(elements.size());
    summary.syncIds.reserve(summary.records);
    for (simdjson::dom::element element : elements) {
        std::string_view id;
        if (element.is_object() && !element["SyncID"].get(id))
            summary.syncIds.append(QString::fromUtf8(id.data(), qsizetype(id.size())));
    }
    return summary;
}

std::optional<WireFormat::Salvaged> WireFormat::salvage(QByteArrayView body)
{
    // The scanner finds the elements by the JSON grammar alone; each is then
    // read as the whole reply would have been.
    const auto elements = JsonScanner(body).arrayElements();
    if (!elements)
        return std::nullopt;
    Salvaged salvaged;
    salvaged.body = "[";
    for (QByteArrayView element : *elements) {
        QString problem;
        const QByteArray alone = '[' + element.toByteArray() + ']';
        if (summarize(alone, &problem)) {
            if (salvaged.body.size() > 1)
                salvaged.body += ',';
            salvaged.body += element;
            continue;
        }
        Unreadable unreadable{element.toByteArray(), problem, {}, {}, {}};
        if (const auto members = JsonScanner(element).objectMembers()) {
            for (const JsonScanner::Member &member : *members) {
                const QString text = JsonScanner::decodeString(member.raw).value_or(QString());
                if (member.key == u"SyncID")
                    unreadable.syncId = text;
                else if (member.key == u"RecordType")
                    unreadable.recordType = text;
                else if (member.key == u"RecordID")
                    unreadable.recordId = text;
            }
        }
        salvaged.unreadable.append(unreadable);
    }
    salvaged.body += ']';
    QString problem;
    const auto summary = summarize(salvaged.body, &problem);
    if (!summary)
        return std::nullopt;
    salvaged.summary = *summary;
    for (const Unreadable &unreadable : std::as_const(salvaged.unreadable)) {
        if (!unreadable.syncId.isEmpty())
            salvaged.summary.syncIds.append(unreadable.syncId);
    }
    return salvaged;
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
