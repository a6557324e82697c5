#pragma once

#include <QByteArray>
#include <QString>

// v2 envelopes as a site writes them, for tests that push or queue records.
namespace TestEnvelope {

// A new ID as mSupply writes them: 32 uppercase hex digits.
QString newId();

// `data` under `dataKey` ("Data"; mobile and v3 write "data"), with a new
// SyncID and an empty StoreID; no data member when `data` is empty.
QByteArray envelope(const QString &type, const QString &id, const QString &syncType,
                    const QByteArray &data, const char *dataKey = "Data");

} // namespace TestEnvelope
