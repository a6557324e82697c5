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
    case Phase::Storing:
        return QCoreApplication::translate("SyncProgress", "Storing the last records received");
    }
    return {};
}

QString SyncProgress::describe() const
{
    const QString phaseText = phaseName(phase);
    if (total <= 0)
        return phaseText;
    QString text = QCoreApplication::translate("SyncProgress", "%1: %2 of %3 records")
                       .arg(phaseText)
                       .arg(done)
                       .arg(total);
    if (recordsPerSecond > 0) {
        const qint64 secondsLeft = qint64(double(total - done) / recordsPerSecond);
        text += u' '
            + QCoreApplication::translate("SyncProgress", "(%1 records/s, about %2 s left)")
                  .arg(qRound64(recordsPerSecond))
                  .arg(secondsLeft);
    }
    return text;
}

} // namespace satellite
