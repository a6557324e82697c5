#include "RecordProjection.h"

#include "json/JsonScanner.h"
#include <QHash>
#include <algorithm>

namespace satellite {

namespace {

struct ProjectionFields
{
    const char16_t *name = nullptr;
    const char16_t *code = nullptr;
    const char16_t *link = nullptr;
};

// mSupply's field names, quirks included (RECORDS.md).
const QHash<QString, ProjectionFields> &fieldsByType()
{
    static const QHash<QString, ProjectionFields> fields = {
        {QStringLiteral("item"), {u"item_name", u"code", u"category_ID"}},
        {QStringLiteral("item_line"), {u"batch", nullptr, u"item_ID"}},
        {QStringLiteral("name"), {u"name", u"code", nullptr}},
        {QStringLiteral("name_store_join"), {nullptr, nullptr, u"name_ID"}},
        {QStringLiteral("item_store_join"), {nullptr, nullptr, u"item_ID"}},
        {QStringLiteral("transact"), {nullptr, u"invoice_num", u"name_ID"}},
        {QStringLiteral("trans_line"), {u"item_name", nullptr, u"transaction_ID"}},
        {QStringLiteral("clinician"), {u"last_name", u"code", nullptr}},
        {QStringLiteral("store"), {u"name", u"code", u"name_ID"}},
        {QStringLiteral("unit"), {u"units", nullptr, nullptr}},
        {QStringLiteral("item_category"), {u"Description", nullptr, nullptr}},
        {QStringLiteral("Location"), {u"Description", u"code", nullptr}},
        {QStringLiteral("list_master_line"), {nullptr, nullptr, u"item_master_ID"}},
        {QStringLiteral("requisition_line"), {u"item_name", nullptr, u"requisition_ID"}},
        {QStringLiteral("Stock_take_lines"), {u"item_name", nullptr, u"stock_take_ID"}},
    };
    return fields;
}

// A string, or a number's text; nullopt for anything a column cannot hold.
std::optional<QString> scalarText(QByteArrayView raw)
{
    if (auto text = JsonScanner::decodeString(raw))
        return text;
    if (raw == "null")
        return QString();
    if (!raw.isEmpty() && (raw.front() == '-' || (raw.front() >= '0' && raw.front() <= '9')))
        return QString::fromLatin1(raw);
    return std::nullopt;
}

} // namespace

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
    const ProjectionFields fields = fieldsByType().value(recordType);
    const std::pair<const char16_t *, QString *> wanted[] = {{fields.name, &projection.name},
                                                             {fields.code, &projection.code},
                                                             {fields.link, &projection.linkId}};
    for (const auto &[key, target] : wanted) {
        if (!key)
            continue;
        for (const JsonScanner::Member &member : *members) {
            if (member.key != QStringView(key))
                continue;
            const auto text = scalarText(member.raw);
            if (!text) {
                *problem = QStringLiteral("%1.%2 holds %3, not a string or number")
                               .arg(recordType, member.key,
                                    QString::fromUtf8(member.raw.first(
                                        std::min<qsizetype>(40, member.raw.size()))));
                return std::nullopt;
            }
            *target = *text;
        }
    }
    return projection;
}

} // namespace satellite
