#pragma once

#include "WireRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace satellite {

// The v2 record envelope, both ways (PROTOCOL.md §4). Lenient on input:
// `data` or `Data`, RecordID or Data.ID, extra keys ignored.
class WireFormat
{
public:
    // A GET queued_records reply. nullopt (with `error`) when the body is not
    // a JSON array: a protocol error. A bad element is kept with its problem.
    static std::optional<QList<WireRecord>> parseBatch(QByteArrayView body, QString *error);
    // The same for a body that summarize() accepted: not checked again.
    // `readable`: how many bytes from body's start may be read (its buffer's
    // capacity); with 64 to spare past its end it is read in place, not copied.
    // `borrowData`: records read in place keep Data as a view into `body`
    // (no copy of a huge record): for a caller that drops them before body.
    static std::optional<QList<WireRecord>> parseCheckedBatch(QByteArrayView body, QString *error,
                                                              qsizetype readable = 0,
                                                              bool borrowData = false);
    struct BatchSummary
    {
        qsizetype records = 0;
        QStringList syncIds;
    };
    // A reply's size and SyncIDs, after checking that all of it is a JSON
    // array: what a batch must pass before it is kept and acknowledged.
    static std::optional<BatchSummary> summarize(QByteArrayView body, QString *error,
                                                 qsizetype readable = 0);
    // The room a body's buffer needs past its end to be read in place.
    static constexpr qsizetype kPadding = 64;
    // A reply that summarize() refused as a whole, taken apart: the elements
    // that can be read, as a body of their own, and those that cannot (text
    // that is not UTF-8, a lone surrogate, ...) with their bytes and why.
    // nullopt when not even the array's shape can be found.
    struct Unreadable
    {
        QByteArray raw;
        QString reason;
        QString syncId; // when it can be found, so that it is acknowledged
        QString recordType;
        QString recordId;
    };
    struct Salvaged
    {
        QByteArray body; // the readable elements, a JSON array
        BatchSummary summary; // of `body`, plus the SyncIDs of the unreadable
        QList<Unreadable> unreadable;
    };
    static std::optional<Salvaged> salvage(QByteArrayView body);
    // A local import may leave out SyncID; a pulled record may not.
    enum class Origin { Pulled, LocalImport };
    static WireRecord parseRecord(const QByteArray &envelope, Origin origin = Origin::Pulled);

    // An outgoing envelope; `data` is omitted for a delete.
    static QByteArray envelope(const QString &syncId, const QString &recordType,
                               const QString &recordId, const QString &syncType,
                               const QString &storeId, const QByteArray &data);
    // A new SyncID or record ID: 32 uppercase hex digits.
    static QString newId();
};

} // namespace satellite
