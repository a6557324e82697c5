#pragma once

#include <QStringList>
#include <QStringView>

namespace primary {

// The mSupply record types this primary knows: a push of any other type is
// refused. (An administrator may still queue unknown types, to test clients.)
class RecordTypes
{
public:
    static const QStringList &all();
    static bool isKnown(QStringView type);
};

} // namespace primary
