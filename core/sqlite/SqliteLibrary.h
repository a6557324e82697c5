#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace satellite {

// The SQLite library under Qt's driver, for the satellite and primary-sim.
class SqliteLibrary
{
public:
    // Process-wide settings. SQLite takes them only before its first use, so
    // every program's first connection applies them (Database, primary-sim's
    // PrimaryDatabase); later calls do nothing.
    static void configureOnce();
    // The connection behind an open QSqlDatabase; nullptr when its driver is
    // not SQLite's, or when that driver runs on another SQLite library than
    // the one this program links (see driverLibraryProblem()).
    static sqlite3 *connectionOf(const QSqlDatabase &db);
    // Working on the driver's connection with our own SQLite functions is
    // only sound while both are the same library: true of Debian's Qt (its
    // driver links the system's libsqlite3), false of Qt builds that carry a
    // copy of their own. Empty when they are the same; else why not.
    static QString driverLibraryProblem();
};

} // namespace satellite
