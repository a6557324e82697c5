#include "TestEnvelope.h"

#include <QUuid>

namespace TestEnvelope {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

QByteArray envelope(const QString &type, const QString &id, const QString &syncType,
                    const QByteArray &data, const char *dataKey)
{
    QByteArray out = "{\"SyncID\":\"" + newId().toUtf8() + "\",\"RecordType\":\"" + type.toUtf8()
        + "\",\"RecordID\":\"" + id.toUtf8() + "\",\"SyncType\":\"" + syncType.toUtf8()
        + "\",\"StoreID\":\"\"";
    if (!data.isEmpty())
        out += ",\"" + QByteArray(dataKey) + "\":" + data;
    return out + '}';
}

} // namespace TestEnvelope
