#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace satellite {

// The sync log kept in the database, so that it outlives a restart: the last
// `kKeptLines` lines, oldest dropped first.
class SyncLogStore
{
public:
    static constexpr qint64 kKeptLines = 10000;

    struct Line
    {
        QDateTime at; // UTC
        int level = 0; // SyncLogEntry::Level
        QString text;
    };

    explicit SyncLogStore(Database &db)
        : m_db(db)
    { }

    // Appends the lines in one transaction, then drops what is beyond the bound.
    void append(const QList<Line> &lines);
    // The newest `limit` lines up to line number `upTo` (0: all), oldest first.
    QList<Line> recent(qint64 limit = kKeptLines, qint64 upTo = 0);
    // The number of the newest line kept; 0 when none.
    qint64 lastLine();
    qint64 count();
    void clear();

private:
    Database &m_db;
};

} // namespace satellite
