#pragma once

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
    // not SQLite's.
    static sqlite3 *connectionOf(const QSqlDatabase &db);
};

} // namespace satellite
