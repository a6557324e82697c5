#pragma once

#include "IncomingRecord.h"
#include "SyncQueue.h"
#include "V1Schema.h"

#include <optional>

namespace primary {

// The v1 envelope: {"SyncID", "TableNumber", "RecordID", "KeyFieldID",
// "SyncType", "StoreID", "fields": [numbers], "values": [strings]}.
class V1Codec
{
public:
    explicit V1Codec(V1Schema &schema)
        : m_schema(schema)
    { }

    QByteArray write(const QueuedRecord &record);
    std::optional<IncomingRecord> parse(QByteArrayView envelope, QString *error);

private:
    QByteArray writeMerge(const QString &syncId, const IncomingRecord &merge);

    V1Schema &m_schema;
};

} // namespace primary
