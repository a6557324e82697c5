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
    // write() as an SQL expression over a queue row's columns sync_id,
    // record_type, record_id, sync_type, store_id, data (null unless I or U)
    // and raw: for pulls, written by SQLite while it reads.
    static QString envelopeSql();
};

} // namespace primary
