#pragma once

#include <QByteArray>
#include <QString>

namespace satellite {

// One record of a pulled batch, taken apart. `problem` says why it cannot be
// applied (it then goes to quarantine with `raw`).
struct WireRecord
{
    QString syncId;
    QString recordType;
    QString recordId;
    QString syncType; // I, U, D or M when valid
    QString storeId;
    QByteArray data; // Data as received; empty for D and M
    QString mergeKeepId;
    QString mergeRemoveId;
    QByteArray raw; // the whole envelope as received
    QString problem;

    bool isApplicable() const { return problem.isEmpty(); }
};

} // namespace satellite
