#include "SyncHistory.h"

#include "PrintableText.h"
#include "SqlStatement.h"

#include <sqlite3.h>

namespace satellite {

namespace {

SyncRun readRun(const SqlStatement &row)
{
    SyncRun run;
    run.id = row.integer(0);
    run.startedAt = QDateTime::fromString(row.text(1), Qt::ISODateWithMs);
    run.finishedAt = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
    run.pushed = row.integer(3);
    run.pulled = row.integer(4);
    run.quarantined = row.integer(5);
    run.result = row.text(6);
    run.error = row.text(7);
    return run;
}

constexpr const char *kColumns
    = "SELECT id, started_at, coalesce(finished_at, ''), pushed, pulled, quarantined, result, "
      "error FROM sync_run ";

} // namespace

qint64 SyncHistory::start()
{
    // One sync at a time: a run still "running" was cut off (crash, kill).
    SqlStatement(m_db.handle(),
                 "UPDATE sync_run SET result = 'interrupted' WHERE result = 'running'")
        .run();
    SqlStatement insert(m_db.handle(), "INSERT INTO sync_run (started_at) VALUES (?)");
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void SyncHistory::finish(const SyncRun &run)
{
    SqlStatement update(m_db.handle(),
                        "UPDATE sync_run SET finished_at = ?, pushed = ?, pulled = ?, "
                        "quarantined = ?, result = ?, error = ? WHERE id = ?");
    update.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    update.bind(2, run.pushed).bind(3, run.pulled).bind(4, run.quarantined);
    update.bind(5, run.result).bind(6, PrintableText::escaped(run.error)).bind(7, run.id).run();
}

QList<SyncRun> SyncHistory::recent(int limit)
{
    SqlStatement query(m_db.handle(),
                       (QByteArray(kColumns) + "ORDER BY id DESC LIMIT ?").constData());
    query.bind(1, qint64(limit));
    QList<SyncRun> runs;
    while (query.step())
        runs.append(readRun(query));
    return runs;
}

std::optional<SyncRun> SyncHistory::lastSuccessful()
{
    SqlStatement query(
        m_db.handle(),
        (QByteArray(kColumns) + "WHERE result = 'ok' ORDER BY id DESC LIMIT 1").constData());
    if (!query.step())
        return std::nullopt;
    return readRun(query);
}

} // namespace satellite
