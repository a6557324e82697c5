#pragma once

#include "Database.h"
#include "Inbox.h"
#include "InvoiceNumbers.h"
#include "LocalChanges.h"
#include "LocalSettings.h"
#include "OutgoingQuarantine.h"
#include "OutgoingQueue.h"
#include "PendingCalls.h"
#include "Quarantine.h"
#include "RecordQueries.h"
#include "RecordStore.h"
#include "RemoteAnswers.h"
#include "SyncHistory.h"

#include <QString>

namespace satellite {

// The satellite's database with everything built on it, for one thread
// (each thread opens its own under its own connection name).
class LocalStore
{
public:
    // Throws StoreError when the database cannot be opened or migrated.
    LocalStore(const QString &path, const QString &connectionName)
        : db(path, connectionName)
        , records(db)
        , outgoing(db)
        , inbox(db)
        , quarantine(db)
        , history(db)
        , settings(db)
        , changes(db, records, outgoing)
        , queries(db)
        , invoiceNumbers(db)
        , pendingCalls(db)
        , remoteAnswers(db)
        , refused(db, outgoing)
    { }

    // Log out: every record, queue, quarantine entry, run, pending call, kept
    // answer, invoice number and site setting of this database goes (the installation ID stays).
    // One transaction.
    void forgetSite();

    Database db;
    RecordStore records;
    OutgoingQueue outgoing;
    Inbox inbox;
    Quarantine quarantine;
    SyncHistory history;
    LocalSettings settings;
    LocalChanges changes;
    RecordQueries queries;
    InvoiceNumbers invoiceNumbers;
    PendingCalls pendingCalls;
    RemoteAnswers remoteAnswers;
    OutgoingQuarantine refused; // local changes the primary would not take
};

} // namespace satellite
