#include "SiteAuthority.h"

#include <QSet>

namespace primary {

SiteAuthority::SiteAuthority(RecordStore &records, Site site)
    : m_records(records)
    , m_site(std::move(site))
{ }

bool SiteAuthority::isReferenceType(const QString &type)
{
    // Central data, even where it names a store: without a store it is
    // refused anyway (only the primary's records have no store).
    static const QSet<QString> types = {
        QStringLiteral("clinician"),
        QStringLiteral("clinician_store_join"),
        QStringLiteral("currency"),
        QStringLiteral("item"),
        QStringLiteral("item_category"),
        QStringLiteral("item_category_level1"),
        QStringLiteral("item_category_level2"),
        QStringLiteral("item_store_join"),
        QStringLiteral("list_master"),
        QStringLiteral("list_master_line"),
        QStringLiteral("list_master_name_join"),
        QStringLiteral("om_user_permission"),
        QStringLiteral("options"),
        QStringLiteral("period"),
        QStringLiteral("periodSchedule"),
        QStringLiteral("pref"),
        QStringLiteral("preference"),
        QStringLiteral("store"),
        QStringLiteral("unit"),
        QStringLiteral("user"),
        QStringLiteral("vaccine_course_store_config"),
    };
    return types.contains(type);
}

QString SiteAuthority::refusalBefore(const IncomingRecord &record)
{
    if (isReferenceType(record.recordType))
        return QStringLiteral("%1 is reference data: only the primary changes it")
            .arg(record.recordType);
    const auto existing = m_records.find(record.recordType, record.recordId);
    if (!existing)
        return {}; // a delete of nothing changes nothing; what an insert makes is checked after
    return ownership(*existing, record.syncType == u"D");
}

QString SiteAuthority::refusalAfter(const IncomingRecord &record)
{
    if (record.syncType != u"I" && record.syncType != u"U")
        return {};
    const auto stored = m_records.find(record.recordType, record.recordId);
    return stored ? ownership(*stored, false) : QString(); // deleted later in the push
}

QString SiteAuthority::refusalOfMerge(const IncomingRecord &record)
{
    if (!mayMergeType(record.recordType))
        return QStringLiteral("merging %1 records is the primary's work").arg(record.recordType);
    const auto removed = m_records.find(record.recordType, record.mergeRemoveId);
    const auto kept = m_records.find(record.recordType, record.mergeKeepId);
    if (!removed || !kept)
        return QStringLiteral("both names must be on the primary");
    if (removed->scope != RecordScope::Patient || kept->scope != RecordScope::Patient)
        return QStringLiteral("only patients may be merged by a site; other names are the "
                              "primary's");
    if (!registeredHere(*removed))
        return QStringLiteral("patient %1 was not registered by your store").arg(removed->id);
    return patientOwnership(*kept, false);
}

QString SiteAuthority::ownership(const StoredRecord &record, bool deleting)
{
    if (record.type == u"name")
        return patientOwnership(record, deleting);
    if (record.scope != RecordScope::Store)
        return QStringLiteral("%1 is reference data: only the primary changes it").arg(record.type);
    if (record.storeId.isEmpty())
        return QStringLiteral("%1 %2 belongs to no store: the record it is a line of (%3) is not "
                              "on the primary")
            .arg(record.type, record.id, record.linkId);
    if (record.storeId != m_site.storeId)
        return QStringLiteral("%1 %2 belongs to store %3, not to yours (%4)")
            .arg(record.type, record.id, record.storeId, m_site.storeId);
    if (record.type == u"name_store_join" && !deleting) {
        const auto name = m_records.find(QStringLiteral("name"), record.linkId);
        if (!name || name->scope != RecordScope::Patient)
            return QStringLiteral("name_store_join %1 joins %2, which is not a patient on the "
                                  "primary")
                .arg(record.id, record.linkId);
    }
    return {};
}

QString SiteAuthority::patientOwnership(const StoredRecord &name, bool deleting)
{
    if (name.scope != RecordScope::Patient)
        return QStringLiteral("name %1 is not a patient: other names are the primary's")
            .arg(name.id);
    if (registeredHere(name))
        return {};
    if (deleting)
        return QStringLiteral("patient %1 was not registered by your store").arg(name.id);
    if (visibleHere(name))
        return {};
    return QStringLiteral("patient %1 is neither registered by nor visible in your store")
        .arg(name.id);
}

bool SiteAuthority::registeredHere(const StoredRecord &name) const
{
    JsonScanner scanner(name.data);
    const auto members = scanner.objectMembers();
    return members && RecordStore::memberText(*members, u"supplying_store_id") == m_site.storeId;
}

bool SiteAuthority::visibleHere(const StoredRecord &name)
{
    for (const StoredRecord &join :
         m_records.linkedTo(QStringLiteral("name_store_join"), name.id)) {
        if (join.storeId == m_site.storeId && !(join.flags & StoredRecord::InactiveJoin))
            return true;
    }
    return false;
}

} // namespace primary
