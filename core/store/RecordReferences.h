#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace satellite {

// Which fields of which record types hold a reference to a record of the
// types mSupply merges (item, name, clinician): what a merge repoints, whole
// value for whole value, and nothing else.
class RecordReferences
{
public:
    struct Field
    {
        QString recordType;
        QString field;
    };

    static bool isMergeable(const QString &type);
    static QStringList mergeableTypes();
    // The fields that refer to a record of `type`; empty for other types.
    static const QList<Field> &to(const QString &type);
    // An ID a merge may name: plain ID text (letters, digits, '_', '-').
    static bool isPlainId(const QString &id);
};

} // namespace satellite
