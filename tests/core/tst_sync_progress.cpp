// SyncProgress::describe(), the one place sync progress is put in words.

#include "sync/SyncTypes.h"

#include <QTest>

using satellite::SyncError;
using satellite::SyncProgress;

class SyncProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void anUnknownTotalIsThePhaseAlone()
    {
        SyncProgress progress;
        QCOMPARE(progress.describe(), QStringLiteral("Connecting"));
        progress.phase = SyncProgress::Phase::InitialDump;
        QCOMPARE(progress.describe(), QStringLiteral("Preparing the first sync"));
    }

    void aSlowLineShowsRecordsBytesAndTimeLeft()
    {
        SyncProgress progress;
        progress.phase = SyncProgress::Phase::Pulling;
        progress.done = 1200;
        progress.total = 50359;
        progress.recordsPerSecond = 250;
        progress.bytesPerSecond = 31'400;
        QCOMPARE(progress.secondsLeft(), 197);
        QCOMPARE(
            progress.describe(),
            QStringLiteral("Receiving records: 1,200 of 50,359 records (250 records/s, 31 kB/s, "
                           "about 3 min left)"));
        progress.bytesPerSecond = 1'260'000;
        progress.recordsPerSecond = 49159;
        QCOMPARE(progress.describe(),
                 QStringLiteral(
                     "Receiving records: 1,200 of 50,359 records (49,159 records/s, 1.3 MB/s, "
                     "about 1 s left)"));
    }

    void nothingMeasuredYetPromisesNoTime()
    {
        SyncProgress progress;
        progress.phase = SyncProgress::Phase::Pushing;
        progress.total = 10;
        QCOMPARE(progress.secondsLeft(), -1);
        QCOMPARE(progress.describe(), QStringLiteral("Sending changes: 0 of 10 records"));
    }

    void aWaitToRetrySaysWhyAndHowLong()
    {
        SyncProgress progress;
        progress.phase = SyncProgress::Phase::Pulling;
        progress.total = 100;
        progress.waitingAfter = SyncError::Kind::Offline;
        progress.retryInSeconds = 8;
        QVERIFY(progress.isWaitingToRetry());
        QCOMPARE(progress.describe(),
                 QStringLiteral("Cannot reach the server, trying again in 8 s"));
        progress.waitingAfter = SyncError::Kind::Timeout;
        progress.retryInSeconds = 1;
        QCOMPARE(progress.describe(),
                 QStringLiteral("The server stopped answering, trying again in 1 s"));
    }

    void durationsAreRounded()
    {
        QCOMPARE(SyncProgress::duration(0), QStringLiteral("about 1 s"));
        QCOMPARE(SyncProgress::duration(89), QStringLiteral("about 89 s"));
        QCOMPARE(SyncProgress::duration(150), QStringLiteral("about 3 min"));
        QCOMPARE(SyncProgress::duration(3 * 3600 + 100), QStringLiteral("about 3 h"));
        QCOMPARE(SyncProgress::byteRate(512), QStringLiteral("512 B/s"));
    }
};

QTEST_GUILESS_MAIN(SyncProgressTest)
#include "tst_sync_progress.moc"
