#pragma once

namespace satellite {

// Process-wide settings of the SQLite library. SQLite takes them only before
// its first use, so every program's first connection applies them
// (Database, primary-sim's PrimaryDatabase); later calls do nothing.
class SqliteLibrary
{
public:
    static void configureOnce();
};

} // namespace satellite
