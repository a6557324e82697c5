#pragma once

#include "IncomingApplier.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>
#include <utility>

class QThread;

namespace satellite {

// Applies the inbox on a thread of its own, with its own connection, while
// the engine receives and acknowledges the next batch: a pull then takes as
// long as the slower of the two, not their sum. Only counts and type names
// cross back to the engine.
class InboxApplierThread
{
public:
    // With `bulkLoad`, an empty record table is loaded without its indexes,
    // which are built once at the end (RecordStore::beginBulkLoad).
    InboxApplierThread(QString databasePath, bool bulkLoad);
    ~InboxApplierThread(); // finishes first

    // Batch `seq` was added to the inbox; `body` passed summarize().
    void batchAdded(qint64 seq, const QByteArray &body);
    // Blocks while more than `batches` added batches wait to be applied, or
    // until `cancel` is set; a bound on how far receiving runs ahead.
    void waitUntilWaitingAtMost(int batches, const std::atomic_bool *cancel);
    // What was applied since the last call.
    IncomingApplier::Result takeResult();
    // Applies what is left, finishes a bulk load and stops. Returns the
    // failure that stopped it (a full disk, say), or empty.
    QString finish();

private:
    static void lowerPriority();
    void run();
    std::optional<std::pair<qint64, QByteArray>> nextBatch();
    void publish(const IncomingApplier::Result &result);

    const QString m_databasePath;
    const bool m_bulkLoad;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_changed;
    qint64 m_added = 0;
    qint64 m_applied = 0; // batches, for the bound on waiting ones
    QList<std::pair<qint64, QByteArray>> m_queue; // added, not yet taken
    bool m_stopping = false;
    bool m_stopped = false;
    QString m_error;
    IncomingApplier::Result m_result;
};

} // namespace satellite
