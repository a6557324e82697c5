#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace satellite {

// The columns derived from a record's Data for screens and rules: a name, a
// code, and the record it hangs from (an item_line's item, a trans_line's
// invoice, ...). Both value dialects: strings or numbers.
struct RecordProjection
{
    QString name;
    QString code;
    QString linkId;

    // nullopt with `problem` set when Data is not an object, or a field the
    // projection needs holds an object, an array or a boolean.
    static std::optional<RecordProjection> of(const QString &recordType, QByteArrayView data,
                                              QString *problem);
};

} // namespace satellite
