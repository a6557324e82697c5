#include "WalCheckpointer.h"

#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <sqlite3.h>

namespace satellite {

namespace {

QMutex registryMutex;

QHash<QString, std::weak_ptr<WalCheckpointer>> &registry()
{
    static QHash<QString, std::weak_ptr<WalCheckpointer>> checkpointers;
    return checkpointers;
}

} // namespace

std::shared_ptr<WalCheckpointer> WalCheckpointer::forFile(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    QMutexLocker locker(&registryMutex);
    auto &checkpointers = registry();
    if (auto existing = checkpointers.value(key).lock())
        return existing;
    std::shared_ptr<WalCheckpointer> created(new WalCheckpointer(key));
    checkpointers.insert(key, created);
    return created;
}

WalCheckpointer::WalCheckpointer(const QString &path)
    : m_path(path)
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("WAL checkpoints"));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
        m_done.wakeAll();
    }
    m_thread->wait();
    QMutexLocker locker(&registryMutex);
    auto &checkpointers = registry();
    // A new checkpointer for the same file may already stand in our place.
    if (checkpointers.value(m_path).expired())
        checkpointers.remove(m_path);
}

void WalCheckpointer::watch(sqlite3 *connection)
{
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::forget(sqlite3 *connection)
{
    sqlite3_wal_hook(connection, nullptr, nullptr);
}

void WalCheckpointer::request()
{
    QMutexLocker locker(&m_mutex);
    m_requested = true;
    m_wake.wakeAll();
}

void WalCheckpointer::letWalRestart()
{
    if (m_walFrames < restartFrames || m_unavailable)
        return;
    QMutexLocker locker(&m_mutex);
    const quint64 awaited = m_started + 1;
    m_requested = true;
    m_wake.wakeAll();
    while (m_completed < awaited && !m_stopping && !m_unavailable)
        m_done.wait(&m_mutex);
}

quint64 WalCheckpointer::completed() const
{
    QMutexLocker locker(&m_mutex);
    return m_completed;
}

// Called by SQLite after each commit, its write lock released.
int WalCheckpointer::onCommit(void *context, sqlite3 *connection, const char *schema, int walFrames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(context);
    checkpointer->m_walFrames = walFrames;
    if (walFrames < thresholdFrames)
        return SQLITE_OK;
    if (checkpointer->m_unavailable)
        sqlite3_wal_checkpoint(connection, schema); // as SQLite does by default
    else
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *connection = nullptr;
    const QByteArray path = m_path.toUtf8();
    // A first read opens the WAL: until then a checkpoint does nothing.
    if (sqlite3_open_v2(path.constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(connection, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        sqlite3_close(connection);
        QMutexLocker locker(&m_mutex);
        m_unavailable = true;
        m_done.wakeAll();
        return;
    }
    while (waitForRequest()) {
        quint64 checkpoint = 0;
        {
            QMutexLocker locker(&m_mutex);
            checkpoint = ++m_started;
        }
        // SQLITE_BUSY (another checkpoint, a recovery) is no failure: the
        // next request goes on from where this one stopped.
        int walFrames = 0;
        if (sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames,
                                      nullptr)
            == SQLITE_OK)
            m_walFrames = walFrames;
        finished(checkpoint);
    }
    sqlite3_close(connection); // the last connection to close checkpoints what is left
}

bool WalCheckpointer::waitForRequest()
{
    QMutexLocker locker(&m_mutex);
    while (!m_requested && !m_stopping)
        m_wake.wait(&m_mutex);
    m_requested = false;
    return !m_stopping;
}

void WalCheckpointer::finished(quint64 checkpoint)
{
    QMutexLocker locker(&m_mutex);
    m_completed = checkpoint;
    m_done.wakeAll();
}

} // namespace satellite
