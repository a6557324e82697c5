#include "SqliteLibrary.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <dlfcn.h>
#include <link.h>
#include <sqlite3.h>

namespace satellite {

void SqliteLibrary::configureOnce()
{
    // SQLite counts every allocation under one global mutex for
    // sqlite3_memory_used(), which nothing here reads: a tenth of
    // primary-sim's CPU during a sync went to that mutex.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    // A sort too big for memory (a first sync's indexes) is written out in
    // runs of at least this many pages, 250 by default: 8 MB each with our
    // 32 KiB pages, one per sorting thread. 1 MB runs merge as fast and keep
    // a sort in two threads as small as one was.
    [[maybe_unused]] static const int sortRuns = sqlite3_config(SQLITE_CONFIG_PMASZ, 32);
}

namespace {

// The file of the loaded Qt SQLite driver plugin, found among the loaded objects.
int findDriver(dl_phdr_info *info, size_t, void *found)
{
    const QByteArray name(info->dlpi_name ? info->dlpi_name : "");
    if (name.contains("libqsqlite"))
        *static_cast<QByteArray *>(found) = name;
    return 0;
}

} // namespace

QString SqliteLibrary::driverLibraryProblem()
{
    QByteArray driverFile;
    dl_iterate_phdr(findDriver, &driverFile);
    if (driverFile.isEmpty())
        return QStringLiteral("Qt's SQLite driver (libqsqlite) is not loaded");
    void *driver = dlopen(driverFile.constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!driver)
        return QStringLiteral("Qt's SQLite driver %1 cannot be inspected")
            .arg(QString::fromLocal8Bit(driverFile));
    // The open function the driver calls, as the dynamic linker resolves it for
    // the driver, against the one this program calls.
    void *theirs = dlsym(driver, "sqlite3_open_v2");
    dlclose(driver);
    Dl_info ourInfo{};
    Dl_info theirInfo{};
    const bool same = theirs == reinterpret_cast<void *>(&sqlite3_open_v2);
    if (same)
        return {};
    dladdr(reinterpret_cast<void *>(&sqlite3_open_v2), &ourInfo);
    if (theirs)
        dladdr(theirs, &theirInfo);
    return QStringLiteral("Qt's SQLite driver uses %1, this program %2 (SQLite %3): the satellite "
                          "needs both to be the same library")
        .arg(theirs && theirInfo.dli_fname ? QString::fromLocal8Bit(theirInfo.dli_fname)
                                           : QStringLiteral("a copy of SQLite of its own"),
             QString::fromLocal8Bit(ourInfo.dli_fname ? ourInfo.dli_fname : "?"),
             QString::fromLatin1(sqlite3_libversion()));
}

sqlite3 *SqliteLibrary::connectionOf(const QSqlDatabase &db)
{
    static const QString libraryProblem = driverLibraryProblem();
    if (!libraryProblem.isEmpty())
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace satellite
