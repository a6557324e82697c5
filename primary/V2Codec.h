#pragma once

#include "IncomingRecord.h"
#include "SyncQueue.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace primary {

// The v2 envelope: {"SyncID", "RecordType", "RecordID", "SyncType", "StoreID", "data"}:
// the payload is served as `data` (PROTOCOL.md §4) and accepted as `Data` or `data`.
class V2Codec
{
public:
    // Takes one envelope apart. Accepts `data` for `Data` and a missing RecordID
    // when Data.ID names the record; on failure, `error` says what is wrong.
    static std::optional<IncomingRecord> parse(QByteArrayView envelope, QString *error);
    // Fills the record's Data in from an object's members (also used by v1).
    static bool takeData(IncomingRecord &record, QByteArray data, QString *error);
    static QByteArray write(const QueuedRecord &record);
    // What write() writes, from UTF-8 parts (a queue row's columns, as SQLite
    // has them), appended to `out`. An empty `data` is a delete.
    struct Parts
    {
        QByteArrayView syncId;
        QByteArrayView recordType;
        QByteArrayView recordId;
        QByteArrayView syncType;
        QByteArrayView storeId;
        QByteArrayView data;
    };
    static void append(QByteArray &out, const Parts &parts);
};

} // namespace primary
