// The engine's threading: signals arrive on the owner's thread, cancel stops
// mid-sync and the next sync resumes, shutdown during a sync is clean.

#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "store/LocalStore.h"
#include "sync/SiteCredentials.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace satellite;

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings.append(message);
}

LoginRequest demoLogin(const QUrl &url)
{
    LoginRequest request;
    request.serverUrl = url.toString();
    request.siteName = QStringLiteral("demo-clinic");
    request.passwordHash = SiteCredentials::hashPassword(QStringLiteral("demo"));
    return request;
}

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrimarySimProcess m_primary;

    // Each pull answered 40 ms late, so that a sync lasts long enough to be
    // stopped in its middle: a medium sync can end before its sixth
    // progress report (one every 200 ms) otherwise.
    void slowPulls(bool slow)
    {
        HttpClient admin(m_primary.url());
        const QByteArray faults
            = slow ? QByteArray("{\"delay_ms\": 40, \"path\": \"queued_records\"}") : "{}";
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), faults).status, 200);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncOutcome>();
        qputenv("SATELLITE_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_primary.start({QStringLiteral("--demo"), QStringLiteral("medium")}));
    }

    void init()
    {
        // Each test is a new installation of the same site.
        HttpClient admin(m_primary.url());
        QCOMPARE(admin.post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "").status,
                 200);
    }

    void signalsArriveOnTheOwnersThread()
    {
        SyncController controller(m_dir.filePath(QStringLiteral("threads.sqlite")));
        QSet<QThread *> progressThreads;
        connect(&controller, &SyncController::progressChanged, this,
                [&](const SyncProgress &) { progressThreads.insert(QThread::currentThread()); });
        connect(&controller, &SyncController::logged, this,
                [&](const SyncLogEntry &) { progressThreads.insert(QThread::currentThread()); });
        QSet<QString> changedTypes;
        connect(&controller, &SyncController::recordTypesChanged, this,
                [&](const QStringList &types) {
                    progressThreads.insert(QThread::currentThread());
                    for (const QString &type : types)
                        changedTypes.insert(type);
                });
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.login(demoLogin(m_primary.url()));
        QVERIFY(controller.isRunning());
        controller.syncNow(); // ignored: never two at once
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<SyncOutcome>();
        QCOMPARE(outcome.error.kind, SyncError::Kind::None);
        QVERIFY(outcome.pulled > 40000);
        QVERIFY(outcome.changedTypes.contains(QStringLiteral("item")));
        QCOMPARE(progressThreads, QSet<QThread *>{QThread::currentThread()});
        QVERIFY(changedTypes.contains(QStringLiteral("item_line")));
        QVERIFY(changedTypes.contains(QStringLiteral("name")));
        QVERIFY(!controller.isRunning());
    }

    void cancelStopsMidSyncAndTheNextSyncResumes()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        SyncController controller(path);
        QSignalSpy finished(&controller, &SyncController::finished);
        bool cancelled = false;
        connect(&controller, &SyncController::progressChanged, this,
                [&](const SyncProgress &progress) {
                    if (!cancelled && progress.phase == SyncProgress::Phase::Pulling
                        && progress.done >= 1000) {
                        cancelled = true;
                        controller.cancel();
                    }
                });
        slowPulls(true);
        controller.login(demoLogin(m_primary.url()));
        QVERIFY(finished.wait(120000));
        slowPulls(false);
        QCOMPARE(finished.first().first().value<SyncOutcome>().error.kind,
                 SyncError::Kind::Cancelled);
        qint64 partial = 0;
        {
            LocalStore store(path, QStringLiteral("cancel-check"));
            partial = store.records.count();
            QVERIFY(store.history.recent().first().result == u"cancelled");
        }
        QVERIFY(partial > 0);
        QVERIFY(partial < 40000);

        controller.syncNow();
        QVERIFY(finished.wait(120000));
        const auto outcome = finished.last().first().value<SyncOutcome>();
        QCOMPARE(outcome.error.kind, SyncError::Kind::None);
        LocalStore store(path, QStringLiteral("cancel-check-2"));
        QVERIFY(store.records.count() > 40000);
    }

    void shutdownDuringASyncIsClean()
    {
        slowPulls(true);
        g_warnings.clear();
        const auto previous = qInstallMessageHandler(collectWarnings);
        // At different moments of the sync: while waiting on the network,
        // while storing a batch, between batches.
        for (const int moment : {1, 3, 6}) {
            init();
            for (const char *suffix : {"", "-wal", "-shm", ".credentials"})
                QFile::remove(
                    m_dir.filePath(QStringLiteral("shutdown.sqlite") + QLatin1String(suffix)));
            QDir(m_dir.filePath(QStringLiteral("shutdown.sqlite-inbox"))).removeRecursively();
            SyncController controller(m_dir.filePath(QStringLiteral("shutdown.sqlite")));
            QSignalSpy progress(&controller, &SyncController::progressChanged);
            controller.login(demoLogin(m_primary.url()));
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= moment, 60000);
        } // destroyed mid-sync
        qInstallMessageHandler(previous);
        slowPulls(false);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
        LocalStore store(m_dir.filePath(QStringLiteral("shutdown.sqlite")),
                         QStringLiteral("shutdown-check"));
        QCOMPARE(store.db.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_sync_controller.moc"
