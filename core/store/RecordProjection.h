#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace satellite {

// The columns derived from a record's Data for screens and rules, in both
// value dialects (strings or typed JSON): a name, a code, the record it hangs
// from (an item_line's item, a trans_line's invoice, ...), its kind (a name's
// or an invoice's type), its date (a calendar date, never shifted through
// UTC), and stock figures in units. Text is UTF-8, as SQLite stores it.
struct RecordProjection
{
    QByteArray name;
    QByteArray code;
    QByteArray linkId;
    QByteArray kind;
    QByteArray date; // YYYY-MM-DD, or empty for no date
    QByteArray storeId;
    QByteArray id; // Data.ID (a string), read in the same pass
    double units = 0; // item_line: on hand (packs x pack size); transact: total; trans_line: packs
    double available = 0; // item_line: free to issue, in units; 0 when on hold

    // nullopt with `problem` set when Data is not an object, or a field the
    // projection needs holds a value of an impossible type.
    static std::optional<RecordProjection> of(const QString &recordType, QByteArrayView data,
                                              QString *problem);
    // The same, reading `data` in place: at least 64 bytes after its end must
    // be readable (simdjson's padding), as inside a larger received batch.
    static std::optional<RecordProjection> ofPadded(const QString &recordType, QByteArrayView data,
                                                    QString *problem);

    // "2016-07-19T00:00:00", "2016-07-19" -> "2016-07-19"; no-date forms -> "".
    static std::optional<QString> calendarDate(const QString &text);
};

} // namespace satellite
