#include "DataVersion.h"

#include "SqlStatement.h"

#include <sqlite3.h>

namespace satellite {

bool DataVersion::changed()
{
    // data_version moves when another connection commits; total_changes
    // counts this connection's own writes.
    SqlStatement query(m_db.handle(), "PRAGMA data_version");
    const qint64 dataVersion = query.step() ? query.integer(0) : -1;
    const qint64 ownChanges = sqlite3_total_changes64(m_db.handle());
    const bool changed = dataVersion != m_dataVersion || ownChanges != m_ownChanges;
    m_dataVersion = dataVersion;
    m_ownChanges = ownChanges;
    return changed;
}

} // namespace satellite
