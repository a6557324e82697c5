// The inbox: received batches kept from before their acknowledgement until
// they are applied, a row in the database and the body in a file next to it.

#include "DiskSyncLog.h"
#include "store/BodyCheck.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "store/StoreError.h"
#include "sync/IncomingApplier.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using namespace satellite;

namespace {

const QByteArray batchBody
    = "[{\"SyncID\":\"S1\",\"RecordType\":\"item\",\"RecordID\":\"I1\",\"SyncType\":\"I\","
      "\"Data\":{\"ID\":\"I1\",\"item_name\":\"Paracetamol\",\"code\":\"P1\"}}]";

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString wal() const { return path() + QLatin1String("-wal"); }
    QString fileOf(qint64 seq) const { return m_store->inbox.bodyFileOf(seq); }
    QStringList filesInFolder() const
    {
        return QDir(m_store->inbox.folder()).entryList(QDir::Files, QDir::Name);
    }
    // Adds a batch and applies it, as a sync does; returns its sequence number.
    qint64 addAndApply(const QByteArray &body = batchBody)
    {
        const qint64 seq = m_store->inbox.add(body, {QStringLiteral("S1")});
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        applier.applyFromInbox(seq, body);
        return seq;
    }

private slots:
    void init()
    {
        m_store.reset();
        QFile::remove(path());
        QDir(path() + QLatin1String("-inbox")).removeRecursively();
        QFile::remove(path() + QLatin1String("-inbox")); // a test's blocker
        m_store = std::make_unique<LocalStore>(path(), QStringLiteral("test"));
    }
    void cleanupTestCase() { m_store.reset(); }

    void keepsTheBodyInAFileOnlyItsOwnerReads()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QCOMPARE(m_store->inbox.folder(), path() + QLatin1String("-inbox"));
        QVERIFY(fileOf(seq).startsWith(m_store->inbox.folder() + u'/'));
        QCOMPARE(fileContents(fileOf(seq)), batchBody);
        QCOMPARE(QFile::permissions(m_store->inbox.folder())
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        SqlStatement row(m_store->db.handle(), "SELECT body IS NULL FROM inbox WHERE seq = ?");
        row.bind(1, seq);
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), 1); // not in the database as well

        const auto oldest = m_store->inbox.oldest();
        QVERIFY(oldest);
        QCOMPARE(oldest->seq, seq);
        QCOMPARE(oldest->body, batchBody);
        QCOMPARE(oldest->syncIds, QStringList{QStringLiteral("S1")});
        QCOMPARE(oldest->problem, QString());
    }

    // Acknowledged means kept: a power cut right after the acknowledgement
    // must not lose the batch, so its body, its name and its row are synced.
    void addedBatchIsOnTheDiskWhenAddReturns()
    {
        DiskSyncLog disk;
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        const QString events = disk.events().join(u'\n');
        const qsizetype body = disk.indexOf(QStringLiteral("sync"), fileOf(seq));
        QVERIFY2(body >= 0, qPrintable(events));
        QVERIFY2(disk.synced(m_store->inbox.folder()), qPrintable(events)); // a new file
        // The row after its body: a row on the disk always has its body.
        QVERIFY2(disk.indexOf(QStringLiteral("sync"), wal(), body) > body, qPrintable(events));
    }

    // Written on a thread of its own while the sync checks it, and synced
    // while the row is committed: both on the disk when add() returns, and
    // the row holds a check of the body.
    void aPreparedBodyIsOnTheDiskWhenAddReturns()
    {
        DiskSyncLog disk;
        Inbox::Prepared prepared = m_store->inbox.prepare(batchBody);
        const qint64 seq = m_store->inbox.add(std::move(prepared), {QStringLiteral("S1")});
        const QString events = disk.events().join(u'\n');
        QVERIFY2(disk.synced(fileOf(seq)), qPrintable(events));
        QVERIFY2(disk.synced(m_store->inbox.folder()), qPrintable(events)); // a new file
        QVERIFY2(disk.synced(wal()), qPrintable(events));
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
        QCOMPARE(m_store->inbox.syncIds(), QStringList{QStringLiteral("S1")});
        SqlStatement row(m_store->db.handle(), "SELECT body_check FROM inbox WHERE seq = ?");
        row.bind(1, seq);
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), BodyCheck::of(batchBody));
    }

    // A power cut after the row's commit, before the body was all on the disk:
    // the slot file holds part of it over an older batch's bytes, or is gone.
    // Such a batch was never acknowledged: it goes, its SyncIDs are not
    // acknowledged, and the primary sends it again. The others stay.
    void aBatchWhoseBodyDidNotReachTheDiskIsDropped()
    {
        const QByteArray second = QByteArray(batchBody).replace("Paracetamol", "Amoxicillin");
        const qint64 whole
            = m_store->inbox.add(m_store->inbox.prepare(batchBody), {QStringLiteral("S1")});
        const qint64 torn
            = m_store->inbox.add(m_store->inbox.prepare(second), {QStringLiteral("S2")});
        const qint64 lost
            = m_store->inbox.add(m_store->inbox.prepare(batchBody), {QStringLiteral("S3")});
        QFile file(fileOf(torn));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(second.size() / 2)); // the new bytes got half-way
        file.write(batchBody.mid(second.size() / 2));
        file.close();
        QVERIFY(QFile::remove(fileOf(lost)));

        QCOMPARE(m_store->inbox.dropUnfinished(), 2);
        QCOMPARE(m_store->inbox.syncIds(), QStringList{QStringLiteral("S1")});
        QCOMPARE(m_store->inbox.oldest()->seq, whole);
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
        QCOMPARE(m_store->inbox.dropUnfinished(), 0);
    }

    // Acknowledged whole, then changed on the disk: not dropped (it was
    // acknowledged), and not applied as it now reads: quarantined, with why.
    void aBodyDamagedAfterItWasKeptIsQuarantined()
    {
        const QByteArray other = QByteArray(batchBody).replace("Paracetamol", "Amoxicillin");
        QCOMPARE(other.size(), batchBody.size());
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QFile file(fileOf(seq));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other);
        file.close();
        const auto oldest = m_store->inbox.oldest();
        QVERIFY(oldest);
        QVERIFY2(oldest->problem.contains(QLatin1String("changed on the disk")),
                 qPrintable(oldest->problem));
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        QCOMPARE(applier.applyOldestInInbox()->quarantined, 1);
        QVERIFY(!m_store->records.data(QStringLiteral("item"), QStringLiteral("I1")));
    }

    // An older version synced the body before the row and kept no check.
    void aRowWithoutACheckIsNotDropped()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        SqlStatement older(m_store->db.handle(), "UPDATE inbox SET body_check = NULL");
        older.run();
        QVERIFY(QFile::resize(fileOf(seq), 10));
        QCOMPARE(m_store->inbox.dropUnfinished(), 0);
        QCOMPARE(m_store->inbox.syncIds(), QStringList{QStringLiteral("S1")});
    }

    void aPreparedBodyTheDiskCannotTakeIsNotKept()
    {
        DiskSyncLog disk;
        disk.failSyncs(EIO);
        Inbox::Prepared prepared = m_store->inbox.prepare(batchBody);
        QVERIFY_THROWS_EXCEPTION(StoreError, m_store->inbox.add(std::move(prepared), {}));
        QCOMPARE(m_store->inbox.count(), 0);
        QVERIFY(!m_store->db.inTransaction());
    }

    // Its row was committed and synced while the body's sync failed: the row
    // goes, so that nothing says the batch is kept.
    void aPreparedBodyTheDiskCannotSyncTakesItsRowAway()
    {
        DiskSyncLog disk;
        disk.failSyncs(EIO, QStringLiteral("-inbox/slot-"));
        Inbox::Prepared prepared = m_store->inbox.prepare(batchBody);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 m_store->inbox.add(std::move(prepared), {QStringLiteral("S1")}));
        QVERIFY2(disk.synced(wal()), qPrintable(disk.events().join(u'\n')));
        QCOMPARE(m_store->inbox.count(), 0);
        QVERIFY(m_store->inbox.syncIds().isEmpty());
        QVERIFY(!m_store->db.inTransaction());
    }

    // The free slot it was written in was given up before its row came
    // (shrink()): kept in a slot taken then, whole.
    void aPreparedBodyWhoseSlotWentIsKeptInAnother()
    {
        addAndApply();
        m_store->inbox.sweep(); // its slot is free
        const QString freed = QDir(m_store->inbox.folder()).filePath(filesInFolder().first());
        const QByteArray body = "[\"prepared\"]";
        Inbox::Prepared prepared = m_store->inbox.prepare(body);
        prepared.written.wait();
        QVERIFY(fileContents(freed).startsWith(body)); // over the free slot's bytes
        m_store->inbox.shrink(); // the slot and its file go
        const qint64 seq = m_store->inbox.add(std::move(prepared), {QStringLiteral("S2")});
        QVERIFY(fileOf(seq) != freed);
        QCOMPARE(fileContents(fileOf(seq)), body);
        QCOMPARE(m_store->inbox.oldest()->body, body);
    }

    // Not kept, so not acknowledged: the primary sends it again.
    void batchTheDiskCannotTakeIsNotKept()
    {
        DiskSyncLog disk;
        disk.failSyncs(EIO);
        try {
            m_store->inbox.add(batchBody, {QStringLiteral("S1")});
            QFAIL("no error");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("to the disk")), error.what());
        }
        QCOMPARE(m_store->inbox.count(), 0);
        QVERIFY(!m_store->db.inTransaction());
    }

    // Syncing bytes written in place costs the bytes; a new file also waits
    // for the file system's journal.
    void aBodyIsWrittenOverOneAppliedAndSweptBefore()
    {
        const QByteArray longer = batchBody + QByteArray(2000, ' ');
        const qint64 first = addAndApply(longer);
        QVERIFY(m_store->records.data(QStringLiteral("item"), QStringLiteral("I1")));
        m_store->inbox.sweep();

        DiskSyncLog disk;
        const qint64 second = m_store->inbox.add(batchBody, {QStringLiteral("S2")});
        QVERIFY(second > first);
        QCOMPARE(filesInFolder().size(), 1); // the same file
        QVERIFY2(!disk.synced(m_store->inbox.folder()), qPrintable(disk.events().join(u'\n')));
        QVERIFY(disk.synced(fileOf(second)));
        const auto oldest = m_store->inbox.oldest();
        QCOMPARE(oldest->body, batchBody); // not the longer one's tail
        QCOMPARE(oldest->problem, QString());
    }

    // Otherwise a power cut could bring the batch back without its body.
    void aSlotIsWrittenAgainOnlyOnceItsBatchIsGoneOnTheDisk()
    {
        const qint64 applied = addAndApply();
        const QString appliedFile = QDir(m_store->inbox.folder()).filePath(filesInFolder().first());
        const qint64 next = m_store->inbox.add("[\"next\"]", {QStringLiteral("S2")});
        QVERIFY(fileOf(next) != appliedFile); // not swept yet: another slot
        QCOMPARE(fileContents(appliedFile), batchBody);

        DiskSyncLog disk;
        m_store->inbox.sweep();
        QVERIFY2(disk.synced(wal()), qPrintable(disk.events().join(u'\n')));
        const qint64 after = m_store->inbox.add("[\"after\"]", {QStringLiteral("S3")});
        QCOMPARE(fileOf(after), appliedFile);
        QVERIFY(applied < next);
    }

    void aSweepThatCannotSyncFreesNothing()
    {
        addAndApply();
        const QString appliedFile = QDir(m_store->inbox.folder()).filePath(filesInFolder().first());
        {
            DiskSyncLog disk;
            disk.failSyncs(EIO);
            QVERIFY_THROWS_EXCEPTION(StoreError, m_store->inbox.sweep());
        }
        const qint64 next = m_store->inbox.add("[\"next\"]", {QStringLiteral("S2")});
        QVERIFY(fileOf(next) != appliedFile);
    }

    void appliedSlotsAreFreedEveryFewBatches()
    {
        for (int batch = 1; batch <= Inbox::removalsPerSweep; ++batch)
            addAndApply();
        QCOMPARE(m_store->inbox.count(), 0);
        // Freed by the last one's sweep: the next batches reuse them.
        for (int batch = 1; batch <= Inbox::removalsPerSweep; ++batch)
            m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QCOMPARE(filesInFolder().size(), Inbox::removalsPerSweep);
        QVERIFY(m_store->records.data(QStringLiteral("item"), QStringLiteral("I1")));
    }

    void shrinkLeavesNoFileOnceNothingIsHeld()
    {
        addAndApply();
        const qint64 held = m_store->inbox.add(batchBody, {QStringLiteral("S2")});
        m_store->inbox.sweep();
        m_store->inbox.shrink();
        QCOMPARE(filesInFolder(), QStringList{QFileInfo(fileOf(held)).fileName()});
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        QVERIFY(applier.applyOldestInInbox());
        m_store->inbox.sweep();
        m_store->inbox.shrink();
        QCOMPARE(filesInFolder(), QStringList());
        const qint64 again = m_store->inbox.add(batchBody, {QStringLiteral("S3")});
        QCOMPARE(fileContents(fileOf(again)), batchBody);
    }

    void slotStaysTakenUntilTheRemovalIsCommitted()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        {
            Transaction transaction(m_store->db);
            m_store->inbox.remove(seq);
            // Rolled back: the batch is still to be applied, with its body.
        }
        m_store->inbox.sweep();
        const qint64 next = m_store->inbox.add("[\"next\"]", {QStringLiteral("S2")});
        QVERIFY(fileOf(next) != fileOf(seq));
        QCOMPARE(m_store->inbox.count(), 2);
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
    }

    void sweepIsRefusedInsideATransaction()
    {
        Transaction transaction(m_store->db);
        QVERIFY_THROWS_EXCEPTION(StoreError, m_store->inbox.sweep());
    }

    void sweepSparesABatchAnotherConnectionIsAdding()
    {
        LocalStore receiver(path(), QStringLiteral("receiver"));
        Transaction adding(receiver.db);
        const qint64 seq = receiver.inbox.add(batchBody, {QStringLiteral("S1")});
        m_store->inbox.sweep(); // sees the file, not yet its row
        m_store->inbox.shrink();
        adding.commit();
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
        QCOMPARE(m_store->inbox.oldest()->seq, seq);
    }

    void numberReusedAfterARollbackGetsTheNewBody()
    {
        qint64 rolledBack = 0;
        {
            Transaction transaction(m_store->db);
            rolledBack = m_store->inbox.add("[\"old, and longer than the next one\"]",
                                            {QStringLiteral("S0")});
        }
        QCOMPARE(m_store->inbox.count(), 0);
        const qint64 seq = m_store->inbox.add(batchBody.left(10), {QStringLiteral("S1")});
        QCOMPARE(seq, rolledBack);
        QCOMPARE(m_store->inbox.oldest()->body, batchBody.left(10));
    }

    void unreadableBodyIsQuarantinedWithItsReason()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QVERIFY(QFile::resize(fileOf(seq), 10)); // damaged
        const auto oldest = m_store->inbox.oldest();
        QVERIFY(oldest);
        QVERIFY2(oldest->problem.contains(fileOf(seq)), qPrintable(oldest->problem));

        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        const auto result = applier.applyOldestInInbox();
        QVERIFY(result);
        QCOMPARE(result->quarantined, 1);
        QCOMPARE(m_store->inbox.count(), 0); // it does not block the next batches
        const QList<Quarantine::Entry> entries = m_store->quarantine.all();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, oldest->problem);
    }

    void bodyThatCannotBeWrittenLeavesNoBatch()
    {
        QFile blocker(m_store->inbox.folder()); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        try {
            m_store->inbox.add(batchBody, {QStringLiteral("S1")});
            QFAIL("no error");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(m_store->inbox.folder()), error.what());
        }
        QCOMPARE(m_store->inbox.count(), 0);
        QVERIFY(!m_store->db.inTransaction());
    }

    void aFullDiskSaysSo()
    {
        DiskSyncLog disk;
        disk.fillDisk(QStringLiteral("-inbox/"), 40);
        try {
            m_store->inbox.add(batchBody, {QStringLiteral("S1")});
            QFAIL("a batch the disk had no room for was kept");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("the disk is full")),
                     qPrintable(error.message()));
        }
        QVERIFY(m_store->inbox.syncIds().isEmpty());
    }

    void leftoverBatchKeepsALocalChangeMadeSince()
    {
        // A crash left a received batch with an older state of two records;
        // the pharmacist changed one of them since.
        const QByteArray body = "[{\"SyncID\":\"S1\",\"RecordType\":\"item_line\",\"RecordID\":"
                                "\"B1\",\"SyncType\":\"U\","
                                "\"Data\":{\"ID\":\"B1\",\"quantity\":\"50\"}},"
                                "{\"SyncID\":\"S2\",\"RecordType\":\"item_line\",\"RecordID\":"
                                "\"B2\",\"SyncType\":\"D\"},"
                                "{\"SyncID\":\"S3\",\"RecordType\":\"item_line\",\"RecordID\":"
                                "\"B3\",\"SyncType\":\"U\","
                                "\"Data\":{\"ID\":\"B3\",\"quantity\":\"9\"}}]";
        m_store->inbox.add(body,
                           {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")});
        const auto result = m_store->changes.importRecords(
            "[{\"RecordType\":\"item_line\",\"RecordID\":\"B1\",\"SyncType\":\"U\","
            "\"Data\":{\"ID\":\"B1\",\"quantity\":\"42\"}},"
            "{\"RecordType\":\"item_line\",\"RecordID\":\"B2\",\"SyncType\":\"I\","
            "\"Data\":{\"ID\":\"B2\",\"quantity\":\"1\"}}]");
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        const auto applied = applier.applyOldestInInbox();
        QVERIFY(applied);
        QCOMPARE(applied->keptLocal, 2);
        QCOMPARE(m_store->records.data(QStringLiteral("item_line"), QStringLiteral("B1")),
                 QByteArray("{\"ID\":\"B1\",\"quantity\":\"42\"}"));
        QVERIFY(m_store->records.data(QStringLiteral("item_line"), QStringLiteral("B2")));
        QCOMPARE(m_store->records.data(QStringLiteral("item_line"), QStringLiteral("B3")),
                 QByteArray("{\"ID\":\"B3\",\"quantity\":\"9\"}"));
        QCOMPARE(m_store->outgoing.count(), 2); // and they go out as they are here
    }

    void rowOfAnOlderVersionKeepsItsBody()
    {
        // Version 3 kept the body in the row.
        SqlStatement insert(m_store->db.handle(),
                            "INSERT INTO inbox (received_at, body, sync_ids) VALUES "
                            "('2026-11-01T10:00:00', ?, 'S1')");
        insert.bindBlob(1, batchBody).run();
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
        QCOMPARE(m_store->inbox.oldest()->problem, QString());
    }

    void fileOfAnOlderVersionIsReadThenSwept()
    {
        // Version 4 kept the body in <seq>.json.
        SqlStatement insert(m_store->db.handle(),
                            "INSERT INTO inbox (received_at, body, sync_ids) VALUES "
                            "('2026-11-01T10:00:00', NULL, 'S1')");
        insert.run();
        const qint64 seq = insert.lastInsertRowId();
        QVERIFY(QDir().mkpath(m_store->inbox.folder()));
        const QString legacy = m_store->inbox.folder() + QStringLiteral("/%1.json").arg(seq);
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(batchBody);
        file.close();
        QCOMPARE(fileOf(seq), legacy);
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);

        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        QVERIFY(applier.applyOldestInInbox());
        QVERIFY(QFile::exists(legacy)); // until the removal is on the disk
        DiskSyncLog disk;
        m_store->inbox.sweep();
        const qsizetype synced = disk.indexOf(QStringLiteral("sync"), wal());
        QVERIFY2(synced >= 0, qPrintable(disk.events().join(u'\n')));
        QVERIFY(disk.indexOf(QStringLiteral("unlink"), legacy, synced) > synced);
        QVERIFY(!QFile::exists(legacy));
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
