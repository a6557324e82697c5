#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace satellite {

// One sync run as kept in the database: when, how much, and how it ended.
struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 quarantined = 0;
    QString result; // running, ok, cancelled, failed
    QString error;
};

class SyncHistory
{
public:
    explicit SyncHistory(Database &db)
        : m_db(db)
    { }

    qint64 start();
    void finish(const SyncRun &run);
    QList<SyncRun> recent(int limit = 100);
    std::optional<SyncRun> lastSuccessful();

private:
    Database &m_db;
};

} // namespace satellite
