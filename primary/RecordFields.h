#pragma once

#include "json/JsonScanner.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace primary {

using satellite::JsonScanner; // shared with the satellite's core

// The fields of each record type as a real primary's table has them (from
// the real records in tests/fixtures/legacy-v5; schema/record_fields.json),
// and a record made the way such a table serves it: every field present, each
// value stored into its field's type, in v2's string dialect.
class RecordFields
{
public:
    enum class Kind { Text, Number, Boolean, Date, DateTime, Time, Json };
    struct Field
    {
        QString name;
        QByteArray quotedName; // as JSON writes it
        Kind kind = Kind::Text;
    };
    struct Table
    {
        QList<Field> fields;
        QHash<QString, qsizetype> byName;
        QHash<QString, qsizetype> byLowerName; // field names ignoring case
    };

    // The field set of `type`, or nullptr for a type no real record shows.
    static const Table *table(QStringView type);

    // `members` (Data of a record of `type` with ID `id`) as the table stores
    // them: field names matched to the table's regardless of case, values
    // typed (StoredValue), every missing field with its empty value, unknown
    // fields kept as they came. Returns `data` itself when that changes nothing.
    static QByteArray complete(QStringView type, const QString &id, const QByteArray &data,
                               const QList<JsonScanner::Member> &members);
};

} // namespace primary
