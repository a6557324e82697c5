// The primary reads a site's next batch while the site keeps the last one,
// and deletes an acknowledgement of exactly the batch sent while the site
// keeps the next: what every pull sends is still the head of the queue as it
// is, whatever changed in between.

#include "PrimaryDatabase.h"
#include "QueueReadAhead.h"
#include "RecordStore.h"
#include "ServerStats.h"
#include "SyncQueue.h"

#include "json/JsonScanner.h"
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace primary;

namespace {

constexpr int kSite = 2;

// The SyncIDs of a pulled batch as the site acknowledges them.
QList<QByteArrayView> elementsOf(QByteArrayView array)
{
    return satellite::JsonScanner(array).arrayElements().value();
}

// A member of a record's envelope, as written.
QByteArrayView memberOf(QByteArrayView envelope, QStringView key)
{
    const QList<satellite::JsonScanner::Member> members
        = satellite::JsonScanner(envelope).objectMembers().value();
    for (const satellite::JsonScanner::Member &member : members) {
        if (member.key == key)
            return member.raw;
    }
    return {};
}

// The SyncIDs of a pulled batch as the site acknowledges them.
QByteArray acknowledgementOf(const QByteArray &batch)
{
    QByteArrayList ids;
    for (QByteArrayView envelope : elementsOf(batch))
        ids.append(memberOf(envelope, u"SyncID").toByteArray());
    return '[' + ids.join(',') + ']';
}

// The RecordIDs of a pulled batch, in order.
QStringList recordIdsOf(const QByteArray &batch)
{
    QStringList ids;
    for (QByteArrayView envelope : elementsOf(batch))
        ids.append(satellite::JsonScanner::decodeString(memberOf(envelope, u"RecordID")).value());
    return ids;
}

QStringList itemIds(int from, int to)
{
    QStringList ids;
    for (int i = from; i <= to; ++i)
        ids.append(QStringLiteral("I%1").arg(i, 2, 10, QLatin1Char('0')));
    return ids;
}

} // namespace

class TestQueueReadAhead : public QObject
{
    Q_OBJECT

private:
    struct Primary
    {
        explicit Primary(const QString &path)
            : db(path)
            , records(db)
            , queue(db, records)
            , readAhead(db, queue, stats)
        { }
        StoredRecord put(const QString &id, const QByteArray &name)
        {
            const QByteArray data
                = "{\"ID\":\"" + id.toUtf8() + "\",\"item_name\":\"" + name + "\"}";
            satellite::JsonScanner scanner(data);
            const QList<satellite::JsonScanner::Member> members = scanner.objectMembers().value();
            return records.upsert(QStringLiteral("item"), id, data, members);
        }
        // As a site sends it: a JSON array of SyncIDs.
        void acknowledge(const QByteArray &ids) { readAhead.acknowledge(kSite, elementsOf(ids)); }
        // 25 items queued for the site, I01 to I25.
        void queueItems()
        {
            Transaction transaction(db);
            for (const QString &id : itemIds(1, 25))
                queue.enqueue(kSite, put(id, "item " + id.toUtf8()), QStringLiteral("I"));
            transaction.commit();
        }
        PrimaryDatabase db;
        RecordStore records;
        SyncQueue queue;
        ServerStats stats;
        QueueReadAhead readAhead;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Primary> m_primary; // 25 items queued for the site

private slots:
    void init()
    {
        m_primary.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_primary = std::make_unique<Primary>(m_dir->filePath(QStringLiteral("primary.sqlite")));
        m_primary->queueItems();
    }
    void cleanup()
    {
        m_primary.reset();
        m_dir.reset();
    }

    void batchesComeReadAheadAndAcknowledgementsGoBetweenCalls()
    {
        Primary &primary = *m_primary;

        const SyncQueue::V2Array first = primary.readAhead.pull(kSite, 10);
        QCOMPARE(recordIdsOf(first.json), itemIds(1, 10));
        primary.readAhead.work(); // the reply is out: the next batch is read
        primary.acknowledge(acknowledgementOf(first.json));
        QCOMPARE(primary.queue.count(kSite), 25); // held back, not deleted yet
        primary.readAhead.work(); // right after an acknowledgement: nothing to do

        const SyncQueue::V2Array second = primary.readAhead.pull(kSite, 10);
        QCOMPARE(recordIdsOf(second.json), itemIds(11, 20));
        QCOMPARE(primary.stats.pullsReadAhead, 1);
        primary.readAhead.work(); // the first batch goes, the third is read
        QCOMPARE(primary.queue.count(kSite), 15);
        QCOMPARE(primary.stats.recordsAcknowledged, 10);

        primary.acknowledge(acknowledgementOf(second.json));
        const SyncQueue::V2Array third = primary.readAhead.pull(kSite, 10);
        QCOMPARE(recordIdsOf(third.json), itemIds(21, 25));
        QCOMPARE(primary.stats.pullsReadAhead, 2);
        primary.readAhead.work();
        primary.acknowledge(acknowledgementOf(third.json));

        // A short batch was the end: the next pull reads the queue as it is.
        QCOMPARE(primary.readAhead.pull(kSite, 10).records, 0);
        QCOMPARE(primary.stats.pullsReadAhead, 2);
        QCOMPARE(primary.queue.count(kSite), 0);
        QCOMPARE(primary.stats.recordsAcknowledged, 25);
    }

    void aChangeBetweenCallsIsNeverSentStale()
    {
        Primary &primary = *m_primary;
        const SyncQueue::V2Array first = primary.readAhead.pull(kSite, 10);
        primary.readAhead.work(); // I11..I20 read ahead
        {
            // Another site changes I15: queued again, at the end.
            Transaction transaction(primary.db);
            primary.queue.enqueue(kSite, primary.put(QStringLiteral("I15"), "renamed"),
                                  QStringLiteral("U"));
            transaction.commit();
        }
        primary.acknowledge(acknowledgementOf(first.json));
        const SyncQueue::V2Array second = primary.readAhead.pull(kSite, 10);
        QCOMPARE(primary.stats.pullsReadAhead, 0);
        QStringList expected = itemIds(11, 21);
        expected.removeOne(QStringLiteral("I15"));
        QCOMPARE(recordIdsOf(second.json), expected);
        QVERIFY(!second.json.contains("renamed"));
        QCOMPARE(primary.queue.count(kSite), 15);
    }

    void anAcknowledgementOfOtherRecordsIsDeletedAtOnce()
    {
        Primary &primary = *m_primary;
        const SyncQueue::V2Array first = primary.readAhead.pull(kSite, 10);
        primary.readAhead.work();
        // Five of the ten (a site that could keep only those).
        const QByteArray all = acknowledgementOf(first.json);
        const QList<QByteArrayView> ten = elementsOf(all);
        QByteArray five = "[";
        for (int i = 0; i < 5; ++i)
            five += (i > 0 ? "," : "") + ten.at(i).toByteArray();
        five += ']';
        primary.acknowledge(five);
        QCOMPARE(primary.queue.count(kSite), 20);
        const SyncQueue::V2Array next = primary.readAhead.pull(kSite, 10);
        QCOMPARE(primary.stats.pullsReadAhead, 0);
        QCOMPARE(recordIdsOf(next.json), itemIds(6, 15));
        QCOMPARE(primary.stats.recordsAcknowledged, 5);
    }

    void aRepeatedAcknowledgementCountsOnce()
    {
        Primary &primary = *m_primary;
        const SyncQueue::V2Array first = primary.readAhead.pull(kSite, 10);
        const QByteArray ids = acknowledgementOf(first.json);
        primary.acknowledge(ids);
        primary.acknowledge(ids); // its reply was lost
        primary.readAhead.settle(); // another call comes
        QCOMPARE(primary.queue.count(kSite), 15);
        QCOMPARE(primary.stats.recordsAcknowledged, 10);
        QCOMPARE(recordIdsOf(primary.readAhead.pull(kSite, 10).json), itemIds(11, 20));
    }

    void syncIdsFindTheirRecords()
    {
        Primary &primary = *m_primary;
        {
            Transaction transaction(primary.db);
            primary.queue.enqueueRaw(kSite, QStringLiteral("ADMIN-1"), QStringLiteral("item"),
                                     QStringLiteral("I99"), QStringLiteral("I"),
                                     "{\"SyncID\":\"ADMIN-1\",\"RecordType\":\"item\"}");
            transaction.commit();
        }
        const QList<QueuedRecord> head = primary.queue.head(kSite, 3);
        const QString made = head.at(2).syncId;
        QCOMPARE(made.size(), 32);
        QVERIFY(primary.queue.bySyncId(kSite, made));
        QCOMPARE(primary.queue.bySyncId(kSite, made)->recordId, QStringLiteral("I03"));
        QVERIFY(primary.queue.bySyncId(kSite, QStringLiteral("ADMIN-1")));
        QVERIFY(!primary.queue.bySyncId(kSite + 1, made)); // another site's queue
        // The same position with other random digits is another SyncID.
        QString forged = made;
        forged[31] = forged.at(31) == u'0' ? u'1' : u'0';
        QVERIFY(!primary.queue.bySyncId(kSite, forged));

        Transaction transaction(primary.db);
        const QByteArray ids
            = "[\"" + made.toUtf8() + "\",\"ADMIN-1\",\"" + forged.toUtf8() + "\",\"NOT-QUEUED\"]";
        QCOMPARE(primary.queue.acknowledge(kSite, elementsOf(ids)), 2);
        transaction.commit();
        QCOMPARE(primary.queue.count(kSite), 24);
        QVERIFY(!primary.queue.bySyncId(kSite, made));
    }

    void anOlderQueueKeepsItsOrderAndMakesItsSyncIdsFindable()
    {
        m_primary.reset(); // a database of its own
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primary.sqlite"));
        {
            // A database as version 2 left it, with queue rows.
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (const char *script :
                 {":/primary/migrations/001_initial.sql", ":/primary/migrations/002_users.sql"}) {
                QFile file(QString::fromLatin1(script));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                lines.removeIf(
                    [](const QString &line) { return line.trimmed().startsWith(u"--"); });
                for (const QString &statement : lines.join(u'\n').split(u';')) {
                    if (!statement.trimmed().isEmpty())
                        QVERIFY(QSqlQuery(old).exec(statement));
                }
            }
            QSqlQuery query(old);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO queue (seq, site_id, sync_id, record_type, record_id, "
                "record_rowid, sync_type, raw) VALUES "
                "(5, 2, '00000000000001F4ABCDEF0123456789', 'item', 'I1', NULL, 'D', NULL), "
                "(6, 2, 'GIVEN-BY-ADMIN', 'item', 'I2', NULL, 'I', '{\"SyncID\":\"x\"}'), "
                "(7, 2, '00000000000001F5ABCDEF0123456789', 'item', 'I3', NULL, 'D', NULL)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        Primary primary(path);
        const QList<QueuedRecord> head = primary.queue.head(kSite, 10);
        QCOMPARE(head.size(), 3);
        QCOMPARE(head.at(0).recordId, QStringLiteral("I1"));
        QCOMPARE(head.at(1).recordId, QStringLiteral("I2"));
        QCOMPARE(head.at(2).recordId, QStringLiteral("I3"));
        QCOMPARE(head.at(0).syncId, QStringLiteral("0000000000000005ABCDEF0123456789"));
        QCOMPARE(head.at(1).syncId, QStringLiteral("GIVEN-BY-ADMIN"));
        for (const QueuedRecord &record : head)
            QVERIFY(primary.queue.bySyncId(kSite, record.syncId));
        // Queued after them, numbered after them.
        {
            Transaction transaction(primary.db);
            primary.queue.enqueue(kSite, primary.put(QStringLiteral("I4"), "new"),
                                  QStringLiteral("I"));
            transaction.commit();
        }
        QCOMPARE(primary.queue.head(kSite, 10).at(3).recordId, QStringLiteral("I4"));
        QVERIFY(primary.queue.head(kSite, 10).at(3).syncId.startsWith(u"0000000000000008"));
    }
};

QTEST_GUILESS_MAIN(TestQueueReadAhead)
#include "tst_queuereadahead.moc"
