#include "RecordReferences.h"

#include <QHash>
#include <QRegularExpression>

namespace satellite {

namespace {

using Field = RecordReferences::Field;

// From RECORDS.md and mSupply's own records (tests/fixtures/legacy-v5).
const QHash<QString, QList<Field>> &table()
{
    static const QHash<QString, QList<Field>> references = {
        {QStringLiteral("item"),
         {{QStringLiteral("item_line"), QStringLiteral("item_ID")},
          {QStringLiteral("trans_line"), QStringLiteral("item_ID")},
          {QStringLiteral("item_store_join"), QStringLiteral("item_ID")},
          {QStringLiteral("list_master_line"), QStringLiteral("item_ID")},
          {QStringLiteral("requisition_line"), QStringLiteral("item_ID")},
          {QStringLiteral("Stock_take_lines"), QStringLiteral("item_ID")},
          {QStringLiteral("Goods_received_line"), QStringLiteral("item_ID")},
          {QStringLiteral("purchase_order_line"), QStringLiteral("item_ID")},
          {QStringLiteral("item_direction"), QStringLiteral("item_ID")},
          {QStringLiteral("item_warning_link"), QStringLiteral("item_ID")},
          {QStringLiteral("barcode"), QStringLiteral("itemID")},
          {QStringLiteral("item"), QStringLiteral("cross_ref_item_ID")}}},
        {QStringLiteral("name"),
         {{QStringLiteral("transact"), QStringLiteral("name_ID")},
          {QStringLiteral("item_line"), QStringLiteral("name_ID")},
          {QStringLiteral("name_store_join"), QStringLiteral("name_ID")},
          {QStringLiteral("list_master_name_join"), QStringLiteral("name_ID")},
          {QStringLiteral("store"), QStringLiteral("name_ID")},
          {QStringLiteral("requisition"), QStringLiteral("name_ID")},
          {QStringLiteral("purchase_order"), QStringLiteral("name_ID")},
          {QStringLiteral("contact"), QStringLiteral("name_ID")},
          {QStringLiteral("name_tag_join"), QStringLiteral("name_ID")},
          {QStringLiteral("nameInsuranceJoin"), QStringLiteral("nameID")},
          {QStringLiteral("item"), QStringLiteral("non_stock_name_ID")},
          {QStringLiteral("item_store_join"), QStringLiteral("non_stock_name_ID")}}},
        {QStringLiteral("clinician"),
         {{QStringLiteral("transact"), QStringLiteral("prescriber_ID")},
          {QStringLiteral("clinician_store_join"), QStringLiteral("prescriber_ID")}}},
    };
    return references;
}

} // namespace

bool RecordReferences::isMergeable(const QString &type)
{
    return table().contains(type);
}

QStringList RecordReferences::mergeableTypes()
{
    return {QStringLiteral("item"), QStringLiteral("name"), QStringLiteral("clinician")};
}

const QList<Field> &RecordReferences::to(const QString &type)
{
    static const QList<Field> none;
    const auto found = table().constFind(type);
    return found == table().constEnd() ? none : *found;
}

bool RecordReferences::isPlainId(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return plain.match(id).hasMatch();
}

} // namespace satellite
