#include "RecordProjection.h"

#include "json/JsonScanner.h"
#include <QDate>
#include <QHash>
#include <algorithm>

namespace satellite {

namespace {

// Which of mSupply's fields (quirks included, RECORDS.md) feed each column.
struct ProjectionSpec
{
    const char16_t *name = nullptr;
    const char16_t *code = nullptr;
    const char16_t *link = nullptr;
    const char16_t *kind = nullptr;
    const char16_t *date = nullptr;
    const char16_t *store = nullptr;
    const char16_t *units = nullptr; // a number, times `packSize` when given
    const char16_t *packSize = nullptr;
    const char16_t *available = nullptr;
    const char16_t *hold = nullptr;
};

const QHash<QString, ProjectionSpec> &specs()
{
    static const QHash<QString, ProjectionSpec> byType = {
        {QStringLiteral("item"), {u"item_name", u"code", u"category_ID", u"type_of"}},
        {QStringLiteral("item_line"),
         {u"batch", nullptr, u"item_ID", nullptr, u"expiry_date", u"store_ID", u"quantity",
          u"pack_size", u"available", u"hold"}},
        {QStringLiteral("name"), {u"name", u"code", nullptr, u"type", u"date_of_birth"}},
        {QStringLiteral("name_store_join"),
         {nullptr, nullptr, u"name_ID", nullptr, nullptr, u"store_ID"}},
        {QStringLiteral("item_store_join"),
         {nullptr, nullptr, u"item_ID", nullptr, nullptr, u"store_ID"}},
        {QStringLiteral("transact"),
         {nullptr, u"invoice_num", u"name_ID", u"type", u"confirm_date", u"store_ID", u"total"}},
        {QStringLiteral("trans_line"),
         {u"item_name", nullptr, u"transaction_ID", u"type", u"expiry_date", nullptr, u"quantity"}},
        {QStringLiteral("clinician"),
         {u"last_name", u"code", nullptr, nullptr, nullptr, u"store_ID"}},
        {QStringLiteral("store"), {u"name", u"code", u"name_ID", u"store_mode"}},
        {QStringLiteral("unit"), {u"units"}},
        {QStringLiteral("item_category"), {u"Description"}},
        {QStringLiteral("Location"),
         {u"Description", u"code", nullptr, nullptr, nullptr, u"store_ID"}},
        {QStringLiteral("list_master_line"), {nullptr, nullptr, u"item_master_ID"}},
        {QStringLiteral("requisition_line"), {u"item_name", nullptr, u"requisition_ID"}},
        {QStringLiteral("Stock_take_lines"), {u"item_name", nullptr, u"stock_take_ID"}},
    };
    return byType;
}

enum class ValueKind { Text, Number, Date, Boolean };

// Reads one field into text (numbers keep their text); false when its value
// cannot be what the column needs.
bool readField(const QList<JsonScanner::Member> &members, const char16_t *key, ValueKind kind,
               QString *out, QString *problem, const QString &recordType)
{
    if (!key)
        return true;
    for (const JsonScanner::Member &member : members) {
        if (member.key != QStringView(key))
            continue;
        const QByteArrayView raw = member.raw;
        std::optional<QString> text = JsonScanner::decodeString(raw);
        const bool number
            = !raw.isEmpty() && (raw.front() == '-' || (raw.front() >= '0' && raw.front() <= '9'));
        if (!text && raw == "null")
            text = QString();
        else if (!text && number && kind != ValueKind::Boolean)
            text = QString::fromLatin1(raw);
        else if (!text && kind == ValueKind::Boolean && (raw == "true" || raw == "false"))
            text = QString::fromLatin1(raw);
        if (text && kind == ValueKind::Date) {
            text = RecordProjection::calendarDate(*text);
        } else if (text && kind == ValueKind::Number && !text->isEmpty()) {
            bool ok = false;
            text->toDouble(&ok);
            if (!ok)
                text.reset();
        }
        if (!text) {
            *problem
                = QStringLiteral("%1.%2 holds %3, which is not a %4")
                      .arg(recordType, member.key,
                           QString::fromUtf8(raw.first(std::min<qsizetype>(40, raw.size()))),
                           kind == ValueKind::Date         ? QStringLiteral("date")
                               : kind == ValueKind::Number ? QStringLiteral("number")
                                                           : QStringLiteral("string or number"));
            return false;
        }
        *out = *text;
        return true;
    }
    return true;
}

} // namespace

std::optional<QString> RecordProjection::calendarDate(const QString &text)
{
    const QString day = text.left(10);
    if (text.isEmpty() || day == u"0000-00-00")
        return QString();
    // A calendar date as written: no time zone, so no shifting.
    if (!QDate::fromString(day, Qt::ISODate).isValid())
        return std::nullopt;
    return day;
}

std::optional<RecordProjection> RecordProjection::of(const QString &recordType, QByteArrayView data,
                                                     QString *problem)
{
    JsonScanner scanner(data);
    const auto members = scanner.objectMembers();
    if (!members) {
        *problem = QStringLiteral("Data is not a JSON object: %1").arg(scanner.errorString());
        return std::nullopt;
    }
    RecordProjection projection;
    const ProjectionSpec spec = specs().value(recordType);
    QString units, packSize, available, hold;
    const bool read
        = readField(*members, spec.name, ValueKind::Text, &projection.name, problem, recordType)
        && readField(*members, spec.code, ValueKind::Text, &projection.code, problem, recordType)
        && readField(*members, spec.link, ValueKind::Text, &projection.linkId, problem, recordType)
        && readField(*members, spec.kind, ValueKind::Text, &projection.kind, problem, recordType)
        && readField(*members, spec.date, ValueKind::Date, &projection.date, problem, recordType)
        && readField(*members, spec.store, ValueKind::Text, &projection.storeId, problem,
                     recordType)
        && readField(*members, spec.units, ValueKind::Number, &units, problem, recordType)
        && readField(*members, spec.packSize, ValueKind::Number, &packSize, problem, recordType)
        && readField(*members, spec.available, ValueKind::Number, &available, problem, recordType)
        && readField(*members, spec.hold, ValueKind::Boolean, &hold, problem, recordType);
    if (!read)
        return std::nullopt;
    const double perPack = spec.packSize ? (packSize.isEmpty() ? 1.0 : packSize.toDouble()) : 1.0;
    projection.units = units.toDouble() * perPack;
    const bool onHold = hold.compare(u"true", Qt::CaseInsensitive) == 0;
    projection.available = onHold ? 0 : available.toDouble() * perPack;
    return projection;
}

} // namespace satellite
