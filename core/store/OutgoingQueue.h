#pragma once

#include "Database.h"
#include "SqlStatement.h"

#include <QList>
#include <QString>

namespace satellite {

// Local changes waiting to go to the primary: one entry per record with its
// latest state (PROTOCOL.md §4). Insert then update goes out as one insert;
// insert then delete before it was ever sent goes out as nothing; anything a
// push already carried goes out as what happened last.
class OutgoingQueue
{
public:
    struct Entry
    {
        QString type;
        QString id;
        QString syncType;
        qint64 version = 0;
        QString syncId; // kept from the first send until the record changes
    };

    explicit OutgoingQueue(Database &db);

    // Call in the same transaction as the change itself.
    void recordChange(const QString &type, const QString &id, const QString &syncType);
    QList<Entry> oldest(int limit);
    // A push carrying these is about to go out: it may reach the primary.
    // Entries without a SyncID get one, kept for every later send.
    void markAttempted(QList<Entry> &entries);
    // The primary took them: forget each one not changed since.
    void clearSent(const QList<Entry> &entries);
    qint64 count();

private:
    SqlStatement m_find;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_delete;
    SqlStatement m_attempted;
    SqlStatement m_clear;
    SqlStatement m_keepSyncId;
    Database &m_db;
};

} // namespace satellite
