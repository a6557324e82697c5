#pragma once

#include <QString>

namespace satellite {

// Where the satellite's database lives: $SATELLITE_DB, else the user's data
// directory; the desktop app and satellite-cli share it.
class DatabaseLocation
{
public:
    static QString defaultPath();
};

} // namespace satellite
