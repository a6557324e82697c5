#include "SqliteLibrary.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace satellite {

void SqliteLibrary::configureOnce()
{
    // SQLite counts every allocation under one global mutex for
    // sqlite3_memory_used(), which nothing here reads: a tenth of
    // primary-sim's CPU during a sync went to that mutex.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    // A sort too big for memory (a first sync's indexes) is written out in
    // runs of at least this many pages, 250 by default: 4 MB each with our
    // 16 KiB pages, one per sorting thread. 1 MB runs merge as fast and keep
    // a sort in two threads as small as one was.
    [[maybe_unused]] static const int sortRuns = sqlite3_config(SQLITE_CONFIG_PMASZ, 64);
}

sqlite3 *SqliteLibrary::connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace satellite
