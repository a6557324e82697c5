#pragma once

#include "FaultInjector.h"
#include "PatientHistory.h"
#include "PrimaryDatabase.h"
#include "QueueReadAhead.h"
#include "RecordApplier.h"
#include "RecordStore.h"
#include "ServerStats.h"
#include "SiteRegistry.h"
#include "SyncQueue.h"
#include "UserRegistry.h"
#include "V1Codec.h"
#include "V1Schema.h"

#include <QString>

namespace primary {

// Everything a request handler of the primary works with, built once over one
// database, in dependency order.
struct PrimaryContext
{
    explicit PrimaryContext(const QString &databasePath)
        : db(databasePath)
        , sites(db)
        , users(db)
        , records(db)
        , queue(db, records)
        , readAhead(db, queue, stats)
        , schema(db)
        , applier(records, queue, schema, sites)
        , v1(schema)
        , history(records)
    { }

    PrimaryDatabase db;
    SiteRegistry sites;
    UserRegistry users;
    RecordStore records;
    SyncQueue queue;
    ServerStats stats; // before readAhead, which counts in it
    QueueReadAhead readAhead;
    V1Schema schema;
    RecordApplier applier;
    V1Codec v1;
    PatientHistory history;
    FaultInjector faults;
    // v1's shared sync user (--v1-sync-user): name and password in clear; empty: none.
    std::pair<QString, QString> v1SyncUser;
};

} // namespace primary
