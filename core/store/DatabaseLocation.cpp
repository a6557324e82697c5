#include "DatabaseLocation.h"

#include <QStandardPaths>

namespace satellite {

QString DatabaseLocation::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SATELLITE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/satellite/satellite.sqlite");
}

} // namespace satellite
