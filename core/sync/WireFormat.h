#pragma once

#include "WireRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace satellite {

// The v2 record envelope, both ways (PROTOCOL.md §4). Lenient on input:
// `data` or `Data`, RecordID or Data.ID, extra keys ignored.
class WireFormat
{
public:
    // A GET queued_records reply. nullopt (with `error`) when the body is not
    // a JSON array: a protocol error. A bad element is kept with its problem.
    static std::optional<QList<WireRecord>> parseBatch(const QByteArray &body, QString *error);
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
