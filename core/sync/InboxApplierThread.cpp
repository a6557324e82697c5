#include "InboxApplierThread.h"

#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QMutexLocker>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace satellite {

InboxApplierThread::InboxApplierThread(QString databasePath, bool bulkLoad)
    : m_databasePath(std::move(databasePath))
    , m_bulkLoad(bulkLoad)
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("satellite-apply"));
    m_thread->start();
}

InboxApplierThread::~InboxApplierThread()
{
    finish();
}

void InboxApplierThread::batchAdded(qint64 seq, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    ++m_added;
    m_queue.append({seq, body});
    m_changed.wakeAll();
}

void InboxApplierThread::waitUntilWaitingAtMost(int batches, const std::atomic_bool *cancel)
{
    QMutexLocker lock(&m_mutex);
    while (m_added - m_applied > batches && !m_stopped && !cancel->load())
        m_changed.wait(&m_mutex, 50); // wakes now and then to look at `cancel`
}

IncomingApplier::Result InboxApplierThread::takeResult()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_result, IncomingApplier::Result());
}

QString InboxApplierThread::finish()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
    QMutexLocker lock(&m_mutex);
    return m_error;
}

// Storing is throughput work that catches up whenever the CPU is free; the
// thread that talks to the primary, and the GUI's, wait on it otherwise (on
// two cores, a sync's round trips took 10% longer). Receiving never runs more
// than two batches ahead, so storing cannot fall far behind.
void InboxApplierThread::lowerPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, pid_t(gettid()), 19); // this thread only
#else
    QThread::currentThread()->setPriority(QThread::LowestPriority);
#endif
}

void InboxApplierThread::run()
{
    lowerPriority();
    try {
        LocalStore store(m_databasePath, QStringLiteral("store-apply"));
        if (m_bulkLoad) {
            Transaction transaction(store.db);
            store.records.beginBulkLoad();
            transaction.commit();
        }
        IncomingApplier applier(store.db, store.records, store.quarantine, store.inbox);
        while (const auto batch = nextBatch()) {
            const IncomingApplier::Result result
                = applier.applyFromInbox(batch->first, batch->second);
            // Its pages on the disk now, outside the write lock: else the
            // receiving thread's sync, before each acknowledgement, waits
            // for them too.
            store.db.syncCommitted();
            publish(result);
        }
        store.inbox.shrink(); // no batch is coming
        store.records.finishBulkLoad();
    } catch (const StoreError &error) {
        QMutexLocker lock(&m_mutex);
        m_error = error.message();
    }
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_changed.wakeAll();
}

// The next batch added, waiting for one; nullopt once told to finish and
// every batch added was taken.
std::optional<std::pair<qint64, QByteArray>> InboxApplierThread::nextBatch()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty() && !m_stopping)
        m_changed.wait(&m_mutex);
    if (m_queue.isEmpty())
        return std::nullopt;
    return m_queue.takeFirst();
}

void InboxApplierThread::publish(const IncomingApplier::Result &result)
{
    QMutexLocker lock(&m_mutex);
    ++m_applied;
    m_result += result;
    m_changed.wakeAll();
}

} // namespace satellite
