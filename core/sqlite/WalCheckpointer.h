#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <memory>

class QThread;
struct sqlite3;

namespace satellite {

// Copies the WAL back into the database file on a thread of its own. SQLite
// would otherwise do it inside whichever commit took the WAL past its
// threshold, and wait there for two fsyncs: a first sync's applier lost a
// sixth of its time so, and a pharmacist's own edit could be the one to pay.
// One per file, shared by every connection to it (Database); the thread
// stops with the last connection. Its checkpoints never wait for readers or
// writers (SQLITE_CHECKPOINT_PASSIVE): what a reader still uses is copied at
// a later request.
class WalCheckpointer
{
public:
    // 16 MB with our 32 KiB pages, as SQLite's own default of 1,000 pages
    // was with 16 KiB ones (a file made before those keeps its 16 KiB pages,
    // and checkpoints every 8 MB).
    static constexpr int thresholdFrames = 500;
    // The size past which a writer that never pauses lets the WAL start over.
    static constexpr int restartFrames = 4 * thresholdFrames;

    static std::shared_ptr<WalCheckpointer> forFile(const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Replaces the connection's automatic checkpoints with requests to this
    // thread. Call forget() before closing the connection.
    void watch(sqlite3 *connection);
    static void forget(sqlite3 *connection);

    // Asks for a checkpoint soon; returns at once.
    void request();
    // For a writer that commits without pause (a sync's applier), between
    // two of its transactions. Copying alongside it never reaches the WAL's
    // end, and SQLite starts the WAL over only once all of it is copied: when
    // the WAL has grown past restartFrames, this waits for one checkpoint
    // begun now (the frames since the last one), so that the writer's next
    // transaction writes the WAL from its start again.
    void letWalRestart();
    // Checkpoints done so far (for tests and diagnostics).
    quint64 completed() const;

private:
    explicit WalCheckpointer(const QString &path);
    static int onCommit(void *context, sqlite3 *connection, const char *schema, int walFrames);
    void run();
    bool waitForRequest();
    void finished(quint64 checkpoint);

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    bool m_requested = false;
    bool m_stopping = false;
    quint64 m_started = 0;
    quint64 m_completed = 0;
    std::atomic_int m_walFrames = 0; // as the last commit left it
    std::atomic_bool m_unavailable = false; // no connection of its own: commits checkpoint
};

} // namespace satellite
