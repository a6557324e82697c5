#include "MergeReferences.h"

namespace primary {

namespace {

using References = QHash<QString, QStringList>;

const References &itemReferences()
{
    static const References references = {
        {QStringLiteral("item"), {QStringLiteral("cross_ref_item_ID")}},
        {QStringLiteral("item_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("trans_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("item_store_join"), {QStringLiteral("item_ID")}},
        {QStringLiteral("list_master_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("requisition_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("Stock_take_lines"), {QStringLiteral("item_ID")}},
        {QStringLiteral("Goods_received_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("purchase_order_line"), {QStringLiteral("item_ID")}},
        {QStringLiteral("item_direction"), {QStringLiteral("item_ID")}},
        {QStringLiteral("item_warning_link"), {QStringLiteral("item_ID")}},
        {QStringLiteral("barcode"), {QStringLiteral("itemID")}},
        {QStringLiteral("item_variant"), {QStringLiteral("item_link_id")}},
        {QStringLiteral("packaging_variant"), {QStringLiteral("item_link_id")}},
        {QStringLiteral("vaccine_course_item"), {QStringLiteral("item_link_id")}},
        {QStringLiteral("rnr_form_line"), {QStringLiteral("item_link_id")}},
    };
    return references;
}

// Suppliers, customers, patients, donors and manufacturers are all names.
const References &nameReferences()
{
    static const References references = {
        {QStringLiteral("name"), {QStringLiteral("NEXT_OF_KIN_ID"), QStringLiteral("mother_id")}},
        {QStringLiteral("transact"),
         {QStringLiteral("name_ID"), QStringLiteral("donor_default_id")}},
        {QStringLiteral("trans_line"),
         {QStringLiteral("donor_id"), QStringLiteral("manufacturer_ID")}},
        {QStringLiteral("item_line"),
         {QStringLiteral("name_ID"), QStringLiteral("donor_id"), QStringLiteral("donor_ID"),
          QStringLiteral("manufacturer_ID")}},
        {QStringLiteral("item"), {QStringLiteral("non_stock_name_ID")}},
        {QStringLiteral("item_store_join"), {QStringLiteral("non_stock_name_ID")}},
        {QStringLiteral("name_store_join"), {QStringLiteral("name_ID")}},
        {QStringLiteral("list_master_name_join"), {QStringLiteral("name_ID")}},
        {QStringLiteral("name_tag_join"), {QStringLiteral("name_ID")}},
        {QStringLiteral("nameInsuranceJoin"), {QStringLiteral("nameID")}},
        {QStringLiteral("contact"), {QStringLiteral("name_ID")}},
        {QStringLiteral("store"), {QStringLiteral("name_ID")}},
        {QStringLiteral("requisition"), {QStringLiteral("name_ID")}},
        {QStringLiteral("purchase_order"), {QStringLiteral("name_ID"), QStringLiteral("donor_id")}},
        {QStringLiteral("purchase_order_line"),
         {QStringLiteral("manufacturer_ID"), QStringLiteral("non_stock_name_ID")}},
        {QStringLiteral("Goods_received"), {QStringLiteral("donor_id")}},
        {QStringLiteral("Stock_take_lines"), {QStringLiteral("donor_ID")}},
        {QStringLiteral("barcode"), {QStringLiteral("manufacturerID")}},
        {QStringLiteral("item_variant"), {QStringLiteral("manufacturer_id")}},
        {QStringLiteral("rnr_form"), {QStringLiteral("name_id")}},
        {QStringLiteral("vaccination"), {QStringLiteral("patient_id")}},
        {QStringLiteral("indicator_value"), {QStringLiteral("facility_ID")}},
    };
    return references;
}

// Prescribers and those who administer a medicine are clinicians.
const References &clinicianReferences()
{
    static const References references = {
        {QStringLiteral("transact"), {QStringLiteral("prescriber_ID")}},
        {QStringLiteral("trans_line"), {QStringLiteral("medicine_administrator_ID")}},
        {QStringLiteral("clinician_store_join"), {QStringLiteral("prescriber_ID")}},
    };
    return references;
}

} // namespace

bool MergeReferences::isMergeable(QStringView type)
{
    return type == u"item" || type == u"name" || type == u"clinician";
}

const QHash<QString, QStringList> &MergeReferences::to(QStringView type)
{
    static const References none;
    if (type == u"item")
        return itemReferences();
    if (type == u"name")
        return nameReferences();
    if (type == u"clinician")
        return clinicianReferences();
    return none;
}

QString MergeReferences::problem(QStringView type, const QString &keepId, const QString &removeId)
{
    if (!isMergeable(type))
        return QStringLiteral("a merge is defined for item, name and clinician, not %1").arg(type);
    if (!isPlainId(keepId) || !isPlainId(removeId))
        return QStringLiteral("mergeIDtokeep and mergeIDtodelete must be IDs (letters, digits, "
                              "'_' and '-')");
    if (keepId == removeId)
        return QStringLiteral("mergeIDtokeep and mergeIDtodelete name the same record");
    return {};
}

bool MergeReferences::isPlainId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace primary
