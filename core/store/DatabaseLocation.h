#pragma once

#include <QString>

namespace satellite {

// Where the satellite's database lives: $SATELLITE_DB, else the user's data
// directory; the desktop app and satellite-cli share it.
class DatabaseLocation
{
public:
    static QString defaultPath();
    // Holds every patient: the folders it creates on the way are the owner's
    // alone (0700); folders that exist already are left as they are.
    // False when a folder cannot be made.
    static bool makeFolderFor(const QString &databasePath);
    // The database file and its WAL and shared-memory files, created or
    // found: readable by the owner only (0600). SQLite gives the files it
    // makes beside the database the database's own mode.
    static void restrictFiles(const QString &databasePath);
};

} // namespace satellite
