#include "SyncTypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace satellite {

namespace {

// Why a call is tried again, in the pharmacist's words.
QString waitReason(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::Offline: return SyncProgress::tr("Cannot reach the server");
    case SyncError::Kind::Timeout: return SyncProgress::tr("The server stopped answering");
    case SyncError::Kind::Protocol:
        return SyncProgress::tr("The answer came cut off or unreadable");
    case SyncError::Kind::Server: return SyncProgress::tr("The server had a problem");
    default: return SyncProgress::tr("The call failed");
    }
}

} // namespace

QString SyncProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Connecting: return tr("Connecting");
    case Phase::InitialDump: return tr("Preparing the first sync");
    case Phase::Pushing: return tr("Sending changes");
    case Phase::Pulling: return tr("Receiving records");
    case Phase::Storing: return tr("Storing the last records received");
    }
    return {};
}

qint64 SyncProgress::secondsLeft() const
{
    if (total <= 0 || recordsPerSecond <= 0 || done > total)
        return -1;
    return qint64(double(total - done) / recordsPerSecond + 0.5);
}

QString SyncProgress::byteRate(double bytesPerSecond)
{
    const QLocale locale;
    if (bytesPerSecond >= 1e6)
        return tr("%1 MB/s").arg(locale.toString(bytesPerSecond / 1e6, 'f', 1));
    if (bytesPerSecond >= 1e3)
        return tr("%1 kB/s").arg(locale.toString(qRound64(bytesPerSecond / 1e3)));
    return tr("%1 B/s").arg(locale.toString(qRound64(bytesPerSecond)));
}

QString SyncProgress::duration(qint64 seconds)
{
    if (seconds < 90)
        return tr("about %n s", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 90 * 60)
        return tr("about %n min", nullptr, int((seconds + 30) / 60));
    return tr("about %n h", nullptr, int((seconds + 1800) / 3600));
}

QString SyncProgress::describe() const
{
    if (isWaitingToRetry())
        return tr("%1, trying again in %n s", nullptr, retryInSeconds)
            .arg(waitReason(waitingAfter));
    const QString phaseText = phaseName(phase);
    if (total <= 0)
        return phaseText;
    const QLocale locale;
    QString text
        = tr("%1: %2 of %3 records").arg(phaseText, locale.toString(done), locale.toString(total));
    if (recordsPerSecond <= 0)
        return text;
    QStringList rates{tr("%1 records/s").arg(locale.toString(qRound64(recordsPerSecond)))};
    if (bytesPerSecond > 0)
        rates.append(byteRate(bytesPerSecond)); // on a slow line, the one that moves
    if (const qint64 left = secondsLeft(); left > 0)
        rates.append(tr("%1 left").arg(duration(left)));
    return text + u' ' + tr("(%1)").arg(rates.join(tr(", ")));
}

} // namespace satellite
