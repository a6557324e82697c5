#pragma once

#include "CliOptions.h"
#include "sync/SyncError.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QTextStream>
#include <memory>

namespace satellite {
class LocalStore;
class SyncController;
} // namespace satellite
class WorkCommands;

// Runs one satellite-cli command. Exit codes: 0 ok, 2 usage, 3 credentials
// rejected, 4 offline or timeout, 5 server error, 6 protocol error, 7 local
// database error, 8 site registered to another machine, 9 refused by the stock
// or data rules (nothing written), 130 cancelled.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(CliOptions options, QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code now, or -1 when the command finishes later
    // (login and sync) and calls QCoreApplication::exit with its code.
    int run();
    void cancel();

    static int exitCode(const satellite::SyncError &error);

private:
    int login();
    int sync();
    int status();
    int records();
    int importFile();
    int quarantine();
    int discardRefused();
    int history();
    void startSync(const std::function<void(satellite::SyncController &)> &begin);
    void finishSync(const satellite::SyncOutcome &outcome);
    satellite::LocalStore &store();
    int fail(int code, const QString &message);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<satellite::LocalStore> m_store;
    std::unique_ptr<satellite::SyncController> m_controller;
    std::unique_ptr<WorkCommands> m_work;
};
