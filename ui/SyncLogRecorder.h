#pragma once

#include "store/SyncLogStore.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace satellite {
class SyncController;
}

namespace satellite::ui {

// Keeps the sync log in the database (SyncLogStore) from a thread of its own:
// the GUI thread never waits on a write while a sync holds the database.
// Lines are gathered for a moment and written together.
class SyncLogRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SyncLogRecorder(const QString &databasePath, QObject *parent = nullptr);
    ~SyncLogRecorder() override; // writes what is gathered, then joins its thread

    // Keeps every line the controller logs, and each sync's summary.
    void follow(SyncController *controller);
    void record(const SyncLogEntry &entry);
    // Queues what is gathered for writing now.
    void flush();
    // After a log out: every line kept goes, those gathered too (in order,
    // after any write queued before).
    void forgetAll();

signals:
    // A write failed; the lines stay shown, only not kept.
    void problem(const QString &message);

private:
    QThread m_thread;
    QObject *m_writer; // lives in m_thread, with its own connection
    QTimer m_gather;
    QList<SyncLogStore::Line> m_pending;
};

} // namespace satellite::ui
