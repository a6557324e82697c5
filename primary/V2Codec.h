#pragma once

#include "IncomingRecord.h"
#include "SyncQueue.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace primary {

// The v2 envelope: {"SyncID", "RecordType", "RecordID", "SyncType", "StoreID", "Data"}.
class V2Codec
{
public:
    // Takes one envelope apart. Accepts `data` for `Data` and a missing RecordID
    // when Data.ID names the record; on failure, `error` says what is wrong.
    static std::optional<IncomingRecord> parse(QByteArrayView envelope, QString *error);
    // Fills the record's Data in from an object's members (also used by v1).
    static bool takeData(IncomingRecord &record, QByteArray data, QString *error);
    static QByteArray write(const QueuedRecord &record);
};

} // namespace primary
