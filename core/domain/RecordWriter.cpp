#include "RecordWriter.h"

#include "store/LocalStore.h"
#include "store/StoreError.h"

namespace satellite {

void RecordWriter::insert(const QString &type, const QString &id, const RecordPatch &fields)
{
    put(type, id, fields.appliedTo(QByteArrayLiteral("{}")), QStringLiteral("I"));
}

void RecordWriter::update(const QString &type, const QString &id, const QByteArray &data,
                          const RecordPatch &changes)
{
    put(type, id, changes.appliedTo(data), QStringLiteral("U"));
}

void RecordWriter::remove(const QString &type, const QString &id)
{
    m_store.records.remove(type, id);
    m_store.outgoing.recordChange(type, id, QStringLiteral("D"));
    noteType(type);
}

void RecordWriter::put(const QString &type, const QString &id, const QByteArray &data,
                       const QString &syncType)
{
    const QString problem = m_store.records.put(type, id, data);
    if (!problem.isEmpty())
        throw StoreError(QStringLiteral("%1 %2 cannot be stored: %3").arg(type, id, problem));
    m_store.outgoing.recordChange(type, id, syncType);
    noteType(type);
}

void RecordWriter::noteType(const QString &type)
{
    if (!m_changedTypes.contains(type))
        m_changedTypes.append(type);
}

} // namespace satellite
