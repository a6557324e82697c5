#include "SyncTypes.h"

#include <QCoreApplication>

namespace satellite {

QString SyncProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Connecting: return QCoreApplication::translate("SyncProgress", "Connecting");
    case Phase::InitialDump:
        return QCoreApplication::translate("SyncProgress", "Preparing the first sync");
    case Phase::Pushing: return QCoreApplication::translate("SyncProgress", "Sending changes");
    case Phase::Pulling: return QCoreApplication::translate("SyncProgress", "Receiving records");
    case Phase::Acknowledging:
        return QCoreApplication::translate("SyncProgress", "Confirming receipt");
    }
    return {};
}

} // namespace satellite
