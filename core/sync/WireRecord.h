#pragma once

#include "store/RecordProjection.h"

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
    QByteArray raw; // the whole envelope as received, for quarantine; empty
                    // for an applicable insert or update (it cannot go there)
    QString problem;
    RecordProjection projection; // for an applicable insert or update

    bool isApplicable() const { return problem.isEmpty(); }
};

} // namespace satellite
