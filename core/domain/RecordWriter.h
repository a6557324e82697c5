#pragma once

#include "RecordPatch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace satellite {

class LocalStore;

// Writes the records of one pharmacist action, each with its outgoing queue
// entry, inside the caller's transaction; remembers which types changed.
class RecordWriter
{
public:
    explicit RecordWriter(LocalStore &store)
        : m_store(store)
    { }

    // A new record: the patch applied to "{}", ID included.
    void insert(const QString &type, const QString &id, const RecordPatch &fields);
    // An edit of a held record: every field not in the patch stays as it was.
    void update(const QString &type, const QString &id, const QByteArray &data,
                const RecordPatch &changes);
    void remove(const QString &type, const QString &id);

    const QStringList &changedTypes() const { return m_changedTypes; }

private:
    void put(const QString &type, const QString &id, const QByteArray &data,
             const QString &syncType);
    void noteType(const QString &type);

    LocalStore &m_store;
    QStringList m_changedTypes;
};

} // namespace satellite
