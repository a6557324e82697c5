#pragma once

#include "sync/SyncTypes.h"

#include <QProgressBar>
#include <algorithm>
#include <climits>

namespace satellite::ui {

// A progress bar showing a sync's progress: a busy bar while the total is unknown.
inline void showProgressOn(QProgressBar *bar, const SyncProgress &progress)
{
    if (progress.total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, int(std::min<qint64>(progress.total, INT_MAX)));
    bar->setValue(int(std::min<qint64>(progress.done, INT_MAX)));
}

} // namespace satellite::ui
