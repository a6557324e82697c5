#include "ProjectionReader.h"

#include <QDate>
#include <QHash>
#include <algorithm>
#include <cctype>

namespace satellite {

namespace {

namespace ondemand = simdjson::ondemand;

// Which of mSupply's fields (quirks included, RECORDS.md) feed each column.
struct ProjectionSpec
{
    const char *name = nullptr;
    const char *code = nullptr;
    const char *link = nullptr;
    const char *kind = nullptr;
    const char *date = nullptr;
    const char *store = nullptr;
    const char *units = nullptr; // a number, times `packSize` when given
    const char *packSize = nullptr;
    const char *available = nullptr;
    const char *hold = nullptr;
};

const QHash<QString, ProjectionSpec> &specs()
{
    static const QHash<QString, ProjectionSpec> byType = {
        {QStringLiteral("item"), {"item_name", "code", "category_ID", "type_of"}},
        {QStringLiteral("item_line"),
         {"batch", nullptr, "item_ID", nullptr, "expiry_date", "store_ID", "quantity", "pack_size",
          "available", "hold"}},
        {QStringLiteral("name"), {"name", "code", nullptr, "type", "date_of_birth"}},
        {QStringLiteral("name_store_join"),
         {nullptr, nullptr, "name_ID", nullptr, nullptr, "store_ID"}},
        {QStringLiteral("item_store_join"),
         {nullptr, nullptr, "item_ID", nullptr, nullptr, "store_ID"}},
        {QStringLiteral("transact"),
         {nullptr, "invoice_num", "name_ID", "type", "confirm_date", "store_ID", "total"}},
        {QStringLiteral("trans_line"),
         {"item_name", nullptr, "transaction_ID", "type", "expiry_date", nullptr, "quantity"}},
        {QStringLiteral("clinician"), {"last_name", "code", nullptr, nullptr, nullptr, "store_ID"}},
        {QStringLiteral("store"), {"name", "code", "name_ID", "store_mode"}},
        {QStringLiteral("unit"), {"units"}},
        {QStringLiteral("item_category"), {"Description"}},
        {QStringLiteral("Location"),
         {"Description", "code", nullptr, nullptr, nullptr, "store_ID"}},
        {QStringLiteral("list_master_line"), {nullptr, nullptr, "item_master_ID"}},
        {QStringLiteral("requisition_line"), {"item_name", nullptr, "requisition_ID"}},
        {QStringLiteral("Stock_take_lines"), {"item_name", nullptr, "stock_take_ID"}},
    };
    return byType;
}

} // namespace

ProjectionReader::ProjectionReader(const QString &recordType)
    : m_recordType(recordType)
{
    const ProjectionSpec spec = specs().value(recordType);
    add(spec.name, ValueKind::Text, &m_projection.name);
    add(spec.code, ValueKind::Text, &m_projection.code);
    add(spec.link, ValueKind::Text, &m_projection.linkId);
    add(spec.kind, ValueKind::Text, &m_projection.kind);
    add(spec.date, ValueKind::Date, &m_projection.date);
    add(spec.store, ValueKind::Text, &m_projection.storeId);
    add(spec.units, ValueKind::Number, &m_units);
    add(spec.packSize, ValueKind::Number, &m_packSize);
    add(spec.available, ValueKind::Number, &m_available);
    add(spec.hold, ValueKind::Boolean, &m_hold);
    add("ID", ValueKind::Identifier, &m_projection.id);
    m_hasPackSize = spec.packSize != nullptr;
}

std::optional<RecordProjection> ProjectionReader::read(ondemand::object data, QString *problem)
{
    for (auto member : data) {
        std::string_view key;
        if (member.unescaped_key().get(key))
            return fail(problem, QStringLiteral("Data is not valid JSON"));
        Field *field = find(key);
        if (!field)
            continue;
        const std::string_view raw = member.value().raw_json_token();
        const std::optional<QByteArray> value = columnValue(member.value(), field->kind);
        if (!value && field->kind == ValueKind::Identifier)
            return fail(problem, QStringLiteral("Data.ID is not a string"));
        if (!value) {
            return fail(problem,
                        QStringLiteral("%1.%2 holds %3, which is not a %4")
                            .arg(m_recordType, QString::fromUtf8(key.data(), key.size()),
                                 QString::fromUtf8(raw.data(), std::min<qsizetype>(40, raw.size()))
                                     .trimmed(),
                                 describeKind(field->kind)));
        }
        *field->target = *value;
        field->seen = true;
    }
    const double perPack = m_hasPackSize && !m_packSize.isEmpty() ? m_packSize.toDouble() : 1.0;
    m_projection.units = m_units.toDouble() * perPack;
    const bool onHold = m_hold.compare("true", Qt::CaseInsensitive) == 0;
    m_projection.available = onHold ? 0 : m_available.toDouble() * perPack;
    return m_projection;
}

std::optional<QByteArray> ProjectionReader::calendarDay(std::string_view text)
{
    const std::string_view day = text.substr(0, 10);
    if (text.empty() || day == "0000-00-00")
        return QByteArray();
    // A calendar date as written: no time zone, so no shifting.
    const QByteArray bytes(day.data(), qsizetype(day.size()));
    if (!QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate).isValid())
        return std::nullopt;
    return bytes;
}

void ProjectionReader::add(const char *key, ValueKind kind, QByteArray *target)
{
    if (key)
        m_fields[m_fieldCount++] = Field{key, kind, target};
}

ProjectionReader::Field *ProjectionReader::find(std::string_view key)
{
    for (int i = 0; i < m_fieldCount; ++i) {
        if (!m_fields[i].seen && m_fields[i].key == key)
            return &m_fields[i];
    }
    return nullptr;
}

std::optional<RecordProjection> ProjectionReader::fail(QString *problem, const QString &text)
{
    *problem = text;
    return std::nullopt;
}

// One value of Data as the column needs it (numbers keep their text);
// nullopt when it cannot be what the column needs.
std::optional<QByteArray> ProjectionReader::columnValue(ondemand::value value, ValueKind kind)
{
    ondemand::json_type type;
    if (value.type().get(type))
        return std::nullopt;
    std::string_view text;
    switch (type) {
    case ondemand::json_type::null:
        if (kind == ValueKind::Identifier)
            return std::nullopt; // Data.ID must be a string
        return QByteArray();
    case ondemand::json_type::string:
        if (value.get_string().get(text))
            return std::nullopt;
        break;
    case ondemand::json_type::number:
        if (kind == ValueKind::Boolean || kind == ValueKind::Identifier)
            return std::nullopt;
        text = value.raw_json_token();
        break;
    case ondemand::json_type::boolean:
        if (kind != ValueKind::Boolean)
            return std::nullopt;
        text = value.raw_json_token();
        break;
    default: return std::nullopt;
    }
    // A token's text ends with the space after it; a string's own trailing
    // space is part of an ID, a link or a name, and stays.
    const bool whole = type == ondemand::json_type::string
        && (kind == ValueKind::Text || kind == ValueKind::Identifier);
    while (!whole && !text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (kind == ValueKind::Date)
        return calendarDay(text);
    QByteArray bytes(text.data(), qsizetype(text.size()));
    if (kind == ValueKind::Number && !bytes.isEmpty()) {
        bool ok = false;
        bytes.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return bytes;
}

QString ProjectionReader::describeKind(ValueKind kind)
{
    return kind == ValueKind::Date   ? QStringLiteral("date")
        : kind == ValueKind::Number  ? QStringLiteral("number")
        : kind == ValueKind::Boolean ? QStringLiteral("true or false")
                                     : QStringLiteral("string or number");
}

} // namespace satellite
