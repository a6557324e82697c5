#pragma once

#include "Database.h"
#include "OutgoingQueue.h"
#include "RecordStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace satellite {

// Changes made on this satellite: each written with its outgoing queue entry
// in one transaction, so that nothing done here is lost or left unsent.
class LocalChanges
{
public:
    LocalChanges(Database &db, RecordStore &records, OutgoingQueue &outgoing);

    struct Result
    {
        qint64 changed = 0;
        QStringList changedTypes;
        QString error; // empty on success; then nothing was changed
    };

    // A JSON array of v2 records (I, U or D), all or nothing.
    Result importRecords(const QByteArray &json);

private:
    Database &m_db;
    RecordStore &m_records;
    OutgoingQueue &m_outgoing;
};

} // namespace satellite
