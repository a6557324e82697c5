#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace satellite::ui {

// Runs one pharmacist action at the slot that asked for it: a refusal of the
// stock or data rules, or a problem of the local database, comes back in
// words for the screen instead of escaping into Qt's event loop.
class WorkAction
{
    Q_DECLARE_TR_FUNCTIONS(WorkAction)

public:
    // Empty when the action went through.
    static QString run(const std::function<void()> &action);
};

} // namespace satellite::ui
