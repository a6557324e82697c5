#pragma once

#include "SyncEngine.h"
#include "SyncTypes.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace satellite {

// The thread-safe face of the sync engine for the GUI and the CLI: owns the
// engine's thread, queues work to it, never waits on it (except at shutdown),
// and relays its signals to the owner's thread.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(const QString &databasePath, QObject *parent = nullptr);
    ~SyncController() override; // cancels, lets the engine close in its thread, then joins

    void setTuning(const SyncEngine::Tuning &tuning);
    bool isRunning() const { return m_running; }

public slots:
    void login(const satellite::LoginRequest &request);
    // Ignored while a login or sync is running: never two at once.
    void syncNow();
    // Stops after the current batch; not an error.
    void cancel();
    // Forgets the site and its data; ignored while a sync runs.
    void logOut();
    // Asks the primary a v4 question now (also while a sync runs); the
    // answer comes as remoteAnswered().
    void ask(const satellite::RemoteRequest &request);

signals:
    void started();
    void progressChanged(const satellite::SyncProgress &progress);
    void logged(const satellite::SyncLogEntry &entry);
    void siteFound(const satellite::SiteIdentity &identity);
    void recordTypesChanged(const QStringList &types);
    void finished(const satellite::SyncOutcome &outcome);
    void loggedOut();
    void remoteAnswered(const satellite::RemoteAnswer &answer);

private:
    void shutdown();

    QThread m_thread;
    std::atomic_bool m_cancel{false};
    SyncEngine *m_engine;
    bool m_running = false;
};

} // namespace satellite
