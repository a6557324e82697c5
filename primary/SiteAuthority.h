#pragma once

#include "IncomingRecord.h"
#include "RecordStore.h"
#include "SiteRegistry.h"

#include <QString>

namespace primary {

// What a satellite site may change on the primary: the records of its own
// store (lines through their parent), the patients it registered or sees, and
// their joins to its store. Reference data (items, units, stores, clinicians,
// master lists, names that are not patients, ...) is the primary's alone.
// Each check answers empty when allowed, else why not.
class SiteAuthority
{
public:
    SiteAuthority(RecordStore &records, Site site);

    // Before an insert, update or delete is applied: it is no reference data,
    // and what it would replace or delete is the site's.
    QString refusalBefore(const IncomingRecord &record);
    // After the whole push was applied: what an insert or update left is the
    // site's (a line's parent may come later in the same push).
    QString refusalAfter(const IncomingRecord &record);
    // A merge of records the primary holds: only of the site's own patients.
    QString refusalOfMerge(const IncomingRecord &record);
    // Merges of these types are refused without looking at the records.
    static bool mayMergeType(QStringView type) { return type == u"name"; }

private:
    static bool isReferenceType(const QString &type);
    QString ownership(const StoredRecord &record, bool deleting);
    QString patientOwnership(const StoredRecord &name, bool deleting);
    bool registeredHere(const StoredRecord &name) const;
    bool visibleHere(const StoredRecord &name);

    RecordStore &m_records;
    Site m_site;
};

} // namespace primary
