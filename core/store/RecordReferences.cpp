#include "RecordReferences.h"

#include <QHash>
#include <QRegularExpression>

namespace satellite {

namespace {

using Field = RecordReferences::Field;

// From RECORDS.md and mSupply's own records (tests/fixtures/legacy-v5).
const QHash<QString, QList<Field>> &table()
{
    // The same fields as primary-sim's MergeReferences: both sides repoint alike.
    auto fields = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
        QList<Field> list;
        for (const auto &[type, field] : pairs)
            list.append({QString::fromLatin1(type), QString::fromLatin1(field)});
        return list;
    };
    static const QHash<QString, QList<Field>> references = {
        {QStringLiteral("item"),
         fields({{"item", "cross_ref_item_ID"},
                 {"item_line", "item_ID"},
                 {"trans_line", "item_ID"},
                 {"item_store_join", "item_ID"},
                 {"list_master_line", "item_ID"},
                 {"requisition_line", "item_ID"},
                 {"Stock_take_lines", "item_ID"},
                 {"Goods_received_line", "item_ID"},
                 {"purchase_order_line", "item_ID"},
                 {"item_direction", "item_ID"},
                 {"item_warning_link", "item_ID"},
                 {"barcode", "itemID"},
                 {"item_variant", "item_link_id"},
                 {"packaging_variant", "item_link_id"},
                 {"vaccine_course_item", "item_link_id"},
                 {"rnr_form_line", "item_link_id"}})},
        {QStringLiteral("name"),
         fields({{"name", "NEXT_OF_KIN_ID"},
                 {"name", "mother_id"},
                 {"transact", "name_ID"},
                 {"transact", "donor_default_id"},
                 {"trans_line", "donor_id"},
                 {"trans_line", "manufacturer_ID"},
                 {"item_line", "name_ID"},
                 {"item_line", "donor_id"},
                 {"item_line", "donor_ID"},
                 {"item_line", "manufacturer_ID"},
                 {"item", "non_stock_name_ID"},
                 {"item_store_join", "non_stock_name_ID"},
                 {"name_store_join", "name_ID"},
                 {"list_master_name_join", "name_ID"},
                 {"name_tag_join", "name_ID"},
                 {"nameInsuranceJoin", "nameID"},
                 {"contact", "name_ID"},
                 {"store", "name_ID"},
                 {"requisition", "name_ID"},
                 {"purchase_order", "name_ID"},
                 {"purchase_order", "donor_id"},
                 {"purchase_order_line", "manufacturer_ID"},
                 {"purchase_order_line", "non_stock_name_ID"},
                 {"Goods_received", "donor_id"},
                 {"Stock_take_lines", "donor_ID"},
                 {"barcode", "manufacturerID"},
                 {"item_variant", "manufacturer_id"},
                 {"rnr_form", "name_id"},
                 {"vaccination", "patient_id"},
                 {"indicator_value", "facility_ID"}})},
        {QStringLiteral("clinician"),
         fields({{"transact", "prescriber_ID"},
                 {"trans_line", "medicine_administrator_ID"},
                 {"clinician_store_join", "prescriber_ID"}})},
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
