#pragma once

#include "json/JsonScanner.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace primary {

using satellite::JsonScanner; // shared with the satellite's core

// A record as a satellite or an administrator sent it, checked and taken apart.
struct IncomingRecord
{
    QString syncId;
    QString recordType;
    QString recordId;
    QString syncType; // I, U, D or M
    QString storeId;
    QByteArray data; // Data's JSON text as received; empty for D and M
    QList<JsonScanner::Member> dataMembers; // views into `data`
    QString mergeKeepId;
    QString mergeRemoveId;
};

} // namespace primary
