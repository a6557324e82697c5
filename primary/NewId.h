#pragma once

#include <QString>
#include <QUuid>

namespace primary {

// A new ID as mSupply writes them: 32 uppercase hex digits, no dashes.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

} // namespace primary
