#pragma once

#include "Database.h"

#include <QtGlobal>

namespace satellite {

// Whether the database changed since last asked, by this connection or any
// other (the sync engine's thread, satellite-cli): cheap enough to ask every
// second, so that what a screen counts follows every change.
class DataVersion
{
public:
    explicit DataVersion(Database &db)
        : m_db(db)
    { }

    // True when something was committed since the previous call (and on the first).
    bool changed();

private:
    Database &m_db;
    qint64 m_dataVersion = -1; // other connections' commits
    qint64 m_ownChanges = -1; // this connection's rows changed
};

} // namespace satellite
