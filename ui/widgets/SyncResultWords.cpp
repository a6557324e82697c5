#include "SyncResultWords.h"

namespace satellite::ui {

QString SyncResultWords::of(const QString &result)
{
    if (result == u"ok")
        return tr("Succeeded");
    if (result == u"failed")
        return tr("Failed");
    if (result == u"cancelled")
        return tr("Cancelled");
    if (result == u"interrupted")
        return tr("Cut off (the program stopped)");
    if (result == u"running")
        return tr("Running");
    return result;
}

QString SyncResultWords::summary(const SyncOutcome &outcome)
{
    if (outcome.error.kind == SyncError::Kind::Cancelled)
        return tr("Sync cancelled.");
    if (outcome.error.isError())
        return {};
    return tr("Sync done: %1, %2.")
        .arg(tr("%n record(s) sent", nullptr, int(outcome.pushed)),
             tr("%n received", nullptr, int(outcome.pulled)));
}

} // namespace satellite::ui
