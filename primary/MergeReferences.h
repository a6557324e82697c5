#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace primary {

// What a merge changes: the fields that refer to a record of the merged type,
// record type by record type (RECORDS.md and the legacy fixtures). Nothing
// else in any record is touched.
class MergeReferences
{
public:
    // Merge is defined for item, name and clinician.
    static bool isMergeable(QStringView type);
    // Record type -> its fields that hold the ID of a record of `type`.
    static const QHash<QString, QStringList> &to(QStringView type);
    // Why a merge of `type` keeping `keepId` and removing `removeId` cannot be
    // done, whatever the primary holds; empty when it can.
    static QString problem(QStringView type, const QString &keepId, const QString &removeId);
    // IDs a merge may name: letters, digits, '_' and '-' (1 to 64 of them).
    static bool isPlainId(QStringView id);
};

} // namespace primary
