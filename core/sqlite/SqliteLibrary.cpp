#include "SqliteLibrary.h"

#include <QtGlobal>
#include <sqlite3.h>

namespace satellite {

void SqliteLibrary::configureOnce()
{
    static const bool configured = [] {
        // SQLite counts every allocation under one global mutex for
        // sqlite3_memory_used(), which nothing here reads: a tenth of
        // primary-sim's CPU during a sync went to that mutex.
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}

} // namespace satellite
