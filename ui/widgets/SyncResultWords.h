#pragma once

#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QString>

namespace satellite::ui {

// How a sync ended, in words: a run kept in the history ("ok", "failed",
// ...), or an outcome just received.
class SyncResultWords
{
    Q_DECLARE_TR_FUNCTIONS(SyncResultWords)
public:
    static QString of(const QString &result);
    // One line for the log and the Sync page: "Sync done: 3 records sent, 120
    // received." A failure is left to the engine's own words (empty here).
    static QString summary(const SyncOutcome &outcome);
};

} // namespace satellite::ui
