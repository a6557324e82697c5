// The inbox: received batches kept from before their acknowledgement until
// they are applied, a row in the database and the body in a file next to it.

#include "DiskSyncLog.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "store/StoreError.h"
#include "sync/IncomingApplier.h"

#include <QDir>
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
    QString fileOf(qint64 seq) const
    {
        return m_store->inbox.folder() + u'/' + QString::number(seq) + QLatin1String(".json");
    }
    QStringList filesInFolder() const
    {
        return QDir(m_store->inbox.folder()).entryList(QDir::Files, QDir::Name);
    }

private slots:
    void init()
    {
        m_store.reset();
        QFile::remove(path());
        QDir(path() + QLatin1String("-inbox")).removeRecursively();
        m_store = std::make_unique<LocalStore>(path(), QStringLiteral("test"));
    }
    void cleanupTestCase() { m_store.reset(); }

    void keepsTheBodyInAFileOnlyItsOwnerReads()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QCOMPARE(m_store->inbox.folder(), path() + QLatin1String("-inbox"));
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
        QVERIFY2(disk.synced(fileOf(seq)), qPrintable(disk.events().join(u'\n')));
        QVERIFY2(disk.synced(m_store->inbox.folder()), qPrintable(disk.events().join(u'\n')));
        QVERIFY2(disk.synced(path() + QLatin1String("-wal")),
                 qPrintable(disk.events().join(u'\n')));
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

    void appliedBodiesAreDeletedEveryFewBatches()
    {
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        for (int batch = 1; batch <= Inbox::removalsPerSweep; ++batch) {
            const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
            const IncomingApplier::Result result = applier.applyFromInbox(seq, batchBody);
            QCOMPARE(result.applied, 1);
            QCOMPARE(m_store->inbox.count(), 0);
            const qsizetype left = batch < Inbox::removalsPerSweep ? batch : 0;
            QCOMPARE(filesInFolder().size(), left);
        }
        QVERIFY(m_store->records.data(QStringLiteral("item"), QStringLiteral("I1")));
    }

    // Otherwise a power cut could bring the row back without its body.
    void sweepDeletesABodyOnlyOnceItsRemovalIsOnTheDisk()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
        applier.applyFromInbox(seq, batchBody);
        QCOMPARE(filesInFolder().size(), 1);

        DiskSyncLog disk;
        m_store->inbox.sweep();
        QCOMPARE(filesInFolder(), QStringList());
        const qsizetype synced
            = disk.indexOf(QStringLiteral("sync"), path() + QLatin1String("-wal"));
        QVERIFY2(synced >= 0, qPrintable(disk.events().join(u'\n')));
        QVERIFY2(disk.indexOf(QStringLiteral("unlink"), fileOf(seq), synced) > synced,
                 qPrintable(disk.events().join(u'\n')));
    }

    void fileStaysUntilTheRemovalIsCommitted()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        {
            Transaction transaction(m_store->db);
            m_store->inbox.remove(seq);
            // Rolled back: the batch is still to be applied, with its body.
        }
        m_store->inbox.sweep();
        QCOMPARE(m_store->inbox.count(), 1);
        QCOMPARE(fileContents(fileOf(seq)), batchBody);
        {
            Transaction transaction(m_store->db);
            m_store->inbox.remove(seq);
            transaction.commit();
        }
        QCOMPARE(fileContents(fileOf(seq)), batchBody); // a crash here leaves it...
        m_store->inbox.sweep(); // ...for the next sweep
        QCOMPARE(filesInFolder(), QStringList());
    }

    void sweepSparesABatchAnotherConnectionIsAdding()
    {
        LocalStore receiver(path(), QStringLiteral("receiver"));
        Transaction adding(receiver.db);
        const qint64 seq = receiver.inbox.add(batchBody, {QStringLiteral("S1")});
        m_store->inbox.sweep(); // sees the file, not yet its row
        QCOMPARE(fileContents(fileOf(seq)), batchBody);
        adding.commit();
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
    }

    void numberReusedAfterARollbackGetsTheNewBody()
    {
        qint64 rolledBack = 0;
        {
            Transaction transaction(m_store->db);
            rolledBack = m_store->inbox.add("[\"old\"]", {QStringLiteral("S0")});
        }
        QCOMPARE(m_store->inbox.count(), 0);
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QCOMPARE(seq, rolledBack);
        QCOMPARE(m_store->inbox.oldest()->body, batchBody);
    }

    void unreadableBodyIsQuarantinedWithItsReason()
    {
        const qint64 seq = m_store->inbox.add(batchBody, {QStringLiteral("S1")});
        QVERIFY(QFile::remove(fileOf(seq)));
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
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
