#include "SyncLogRecorder.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "sync/SyncController.h"
#include "widgets/SyncResultWords.h"

#include <QMetaObject>
#include <memory>

namespace satellite::ui {

namespace {

// Owns the writing thread's connection; made and deleted in that thread.
class LogWriter : public QObject
{
public:
    explicit LogWriter(const QString &databasePath)
        : m_path(databasePath)
    { }

    QString write(const QList<SyncLogStore::Line> &lines)
    {
        return withStore([&lines](SyncLogStore &store) { store.append(lines); });
    }

    QString clear()
    {
        return withStore([](SyncLogStore &store) { store.clear(); });
    }

private:
    template<typename Work> QString withStore(Work work)
    {
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path, QStringLiteral("sync-log"));
            SyncLogStore store(*m_db);
            work(store);
            return {};
        } catch (const StoreError &error) {
            return error.message();
        }
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

SyncLogRecorder::SyncLogRecorder(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_writer(new LogWriter(databasePath))
{
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("sync-log"));
    m_thread.start();
    m_gather.setSingleShot(true);
    m_gather.setInterval(250);
    connect(&m_gather, &QTimer::timeout, this, &SyncLogRecorder::flush);
}

SyncLogRecorder::~SyncLogRecorder()
{
    flush();
    // Queued after the last write, so that it is done before the thread ends.
    QMetaObject::invokeMethod(
        m_writer, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void SyncLogRecorder::follow(SyncController *controller)
{
    connect(controller, &SyncController::logged, this, &SyncLogRecorder::record);
    connect(controller, &SyncController::finished, this, [this](const SyncOutcome &outcome) {
        const QString summary = SyncResultWords::summary(outcome);
        if (!summary.isEmpty())
            record({QDateTime::currentDateTime(), SyncLogEntry::Level::Info, summary});
    });
}

void SyncLogRecorder::record(const SyncLogEntry &entry)
{
    m_pending.append({entry.at, int(entry.level), entry.text});
    if (!m_gather.isActive())
        m_gather.start();
}

void SyncLogRecorder::flush()
{
    m_gather.stop();
    if (m_pending.isEmpty())
        return;
    auto *writer = static_cast<LogWriter *>(m_writer);
    QMetaObject::invokeMethod(
        writer,
        [this, writer, lines = std::exchange(m_pending, {})] {
            const QString error = writer->write(lines);
            if (!error.isEmpty())
                QMetaObject::invokeMethod(this, [this, error] { emit problem(error); });
        },
        Qt::QueuedConnection);
}

void SyncLogRecorder::forgetAll()
{
    m_gather.stop();
    m_pending.clear();
    auto *writer = static_cast<LogWriter *>(m_writer);
    QMetaObject::invokeMethod(
        writer,
        [this, writer] {
            const QString error = writer->clear();
            if (!error.isEmpty())
                QMetaObject::invokeMethod(this, [this, error] { emit problem(error); });
        },
        Qt::QueuedConnection);
}

} // namespace satellite::ui
