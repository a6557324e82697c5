#include "SyncLogStore.h"

#include "PrintableText.h"
#include "SqlStatement.h"

#include <algorithm>
#include <limits>

namespace satellite {

void SyncLogStore::append(const QList<Line> &lines)
{
    if (lines.isEmpty())
        return;
    Transaction transaction(m_db);
    SqlStatement insert(m_db.handle(), "INSERT INTO sync_log (at, level, text) VALUES (?, ?, ?)");
    qint64 last = 0;
    for (const Line &line : lines) {
        insert.bind(1, line.at.toUTC().toString(Qt::ISODateWithMs));
        insert.bind(2, qint64(line.level));
        insert.bind(3, PrintableText::escaped(line.text));
        insert.run();
        last = insert.lastInsertRowId();
    }
    // seq only grows, so the newest lines are those above last - bound.
    SqlStatement trim(m_db.handle(), "DELETE FROM sync_log WHERE seq <= ?");
    trim.bind(1, last - kKeptLines).run();
    transaction.commit();
}

QList<SyncLogStore::Line> SyncLogStore::recent(qint64 limit, qint64 upTo)
{
    SqlStatement query(m_db.handle(),
                       "SELECT at, level, text FROM sync_log WHERE seq <= ? "
                       "ORDER BY seq DESC LIMIT ?");
    query.bind(1, upTo > 0 ? upTo : std::numeric_limits<qint64>::max());
    query.bind(2, std::max<qint64>(0, limit));
    QList<Line> lines;
    while (query.step())
        lines.append({QDateTime::fromString(query.text(0), Qt::ISODateWithMs),
                      int(query.integer(1)), query.text(2)});
    std::reverse(lines.begin(), lines.end());
    return lines;
}

qint64 SyncLogStore::lastLine()
{
    SqlStatement query(m_db.handle(), "SELECT coalesce(max(seq), 0) FROM sync_log");
    return query.step() ? query.integer(0) : 0;
}

qint64 SyncLogStore::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM sync_log");
    return query.step() ? query.integer(0) : 0;
}

void SyncLogStore::clear()
{
    SqlStatement(m_db.handle(), "DELETE FROM sync_log").run();
}

} // namespace satellite
