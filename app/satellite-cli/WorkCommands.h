#pragma once

#include "CliOptions.h"
#include "domain/PatientHistory.h"
#include "domain/WorkContext.h"
#include "sync/SyncTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>
#include <functional>
#include <memory>

namespace satellite {
class LocalStore;
class SyncController;
struct Patient;
} // namespace satellite

// satellite-cli's work commands: patient, dispense, receive, count. Each
// action is one call into core/domain (one transaction); refusals by the
// stock or data rules exit with 9 and write nothing. Questions for the
// primary (patient find --remote, show --history, link) go through the sync
// engine's thread like a sync does.
class WorkCommands : public QObject
{
    Q_OBJECT
public:
    WorkCommands(const CliOptions &options, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);
    ~WorkCommands() override;

    // An exit code now, or -1 when the command ends later with
    // QCoreApplication::exit (it waits for the primary).
    int run();

private:
    int patientAdd();
    int patientEdit();
    int patientFind();
    int patientShow();
    int patientLink();
    int dispense();
    int receive();
    int count();

    satellite::LocalStore &store();
    satellite::WorkContext &context();
    // Asks the primary; `then` gets the answer and returns the exit code.
    void ask(const satellite::RemoteRequest &request,
             const std::function<int(const satellite::RemoteAnswer &)> &then);
    void askEach(QList<satellite::RemoteRequest> requests, QList<satellite::RemoteAnswer> answers,
                 const std::function<int(const QList<satellite::RemoteAnswer> &)> &then);
    int printHistory(const satellite::Patient &patient,
                     const QList<satellite::PatientHistory::Entry> &primary, const QString &note);
    int sendLinkNow(const QString &doneText);
    void print(const QJsonObject &json);
    int fail(int code, const QString &message);

    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<satellite::LocalStore> m_store;
    std::unique_ptr<satellite::WorkContext> m_context;
    std::unique_ptr<satellite::SyncController> m_controller;
};
