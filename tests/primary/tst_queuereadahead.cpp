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
#include <QDir>
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

// Migrations 001 to `version`, then `rows` (an INSERT into the queue).
bool migrateAndFill(QSqlDatabase &db, int version, const QString &rows)
{
    const QString folder = QStringLiteral(":/primary/migrations/");
    for (const QString &script :
         QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (script.section(u'_', 0, 0).toInt() > version)
            break;
        QFile file(folder + script);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"--"); });
        for (const QString &statement : lines.join(u'\n').split(u';')) {
            if (!statement.trimmed().isEmpty() && !QSqlQuery(db).exec(statement))
                return false;
        }
    }
    return QSqlQuery(db).exec(rows)
        && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// A database as migration `version` left it, with `rows` in its queue.
bool writeOldDatabase(const QString &path, int version, const QString &rows)
{
    bool written = false;
    {
        QSqlDatabase old
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        written = old.open() && migrateAndFill(old, version, rows);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return written;
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
        QVERIFY(writeOldDatabase(
            path, 2,
            QStringLiteral(
                "INSERT INTO queue (seq, site_id, sync_id, record_type, record_id, "
                "record_rowid, sync_type, raw) VALUES "
                "(5, 2, '00000000000001F4ABCDEF0123456789', 'item', 'I1', NULL, 'D', NULL), "
                "(6, 2, 'GIVEN-BY-ADMIN', 'item', 'I2', NULL, 'I', '{\"SyncID\":\"x\"}'), "
                "(7, 2, '00000000000001F5ABCDEF0123456789', 'item', 'I3', NULL, 'D', NULL)")));

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

    void aSyncIdStoredAsTextIsFoundAfterSaltsCame()
    {
        m_primary.reset(); // a database of its own
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primary.sqlite"));
        // As version 3 made them: each SyncID stored whole.
        QVERIFY(writeOldDatabase(
            path, 3,
            QStringLiteral(
                "INSERT INTO queue (site_id, seq, sync_id, record_type, record_id, "
                "record_rowid, sync_type, raw) VALUES "
                "(2, 5, '0000000000000005ABCDEF0123456789', 'item', 'I1', NULL, 'D', NULL), "
                "(2, 6, 'GIVEN-BY-ADMIN', 'item', 'I2', NULL, 'I', '{\"SyncID\":\"x\"}'), "
                "(2, 7, '00000000000000070123456789ABCDEF', 'item', 'I3', NULL, 'D', NULL)")));

        Primary primary(path);
        const QStringList stored
            = {QStringLiteral("0000000000000005ABCDEF0123456789"), QStringLiteral("GIVEN-BY-ADMIN"),
               QStringLiteral("00000000000000070123456789ABCDEF")};
        QStringList shown;
        for (const QueuedRecord &record : primary.queue.head(kSite, 10))
            shown.append(record.syncId);
        QCOMPARE(shown, stored);
        QCOMPARE(primary.queue.headAsV2(kSite, 10).syncIds,
                 QList<QByteArray>(
                     {stored.at(0).toLatin1(), stored.at(1).toLatin1(), stored.at(2).toLatin1()}));
        QCOMPARE(primary.queue.bySyncId(kSite, stored.at(2))->recordId, QStringLiteral("I3"));
        // The position is right, the rest is not the one stored.
        QVERIFY(!primary.queue.bySyncId(kSite, QStringLiteral("0000000000000005ABCDEF0123456788")));

        Transaction transaction(primary.db);
        const QByteArray ids = "[\"" + stored.at(0).toLatin1() + "\",\"" + stored.at(2).toLatin1()
            + "\",\"0000000000000007FFFFFFFFFFFFFFFF\"]";
        QCOMPARE(primary.queue.acknowledge(kSite, elementsOf(ids)), 2);
        transaction.commit();
        QCOMPARE(primary.queue.count(kSite), 1);
        QCOMPARE(primary.queue.head(kSite, 10).at(0).syncId, stored.at(1));
    }

    void aSyncIdMadeHereIsItsPositionThenItsSalt()
    {
        Primary &primary = *m_primary;
        // Queued one by one (salts from C++), then by an initial dump (from SQL).
        for (const bool dumped : {false, true}) {
            if (dumped) {
                Site site;
                site.siteId = kSite;
                Transaction transaction(primary.db);
                QCOMPARE(primary.queue.rebuild(site, true), 25);
                transaction.commit();
            }
            // The site's rows are the only ones.
            QSqlQuery row = primary.db.prepare(QStringLiteral(
                "SELECT seq, salt FROM queue WHERE sync_id IS NULL ORDER BY seq LIMIT 1"));
            PrimaryDatabase::exec(row);
            QVERIFY(row.next());
            const QString expected = QStringLiteral("%1%2")
                                         .arg(row.value(0).toULongLong(), 16, 16, QLatin1Char('0'))
                                         .arg(row.value(1).toULongLong(), 16, 16, QLatin1Char('0'))
                                         .toUpper();
            row.finish();

            const QByteArray pulled = primary.readAhead.pull(kSite, 1).json; // as a GET
            QCOMPARE(memberOf(elementsOf(pulled).at(0), u"SyncID").toByteArray(),
                     '"' + expected.toLatin1() + '"');
            QCOMPARE(primary.queue.headAsV2(kSite, 1).syncIds,
                     QList<QByteArray>({expected.toLatin1()}));
            QCOMPARE(primary.queue.head(kSite, 1).at(0).syncId, expected);

            const qint64 before = primary.queue.count(kSite);
            Transaction transaction(primary.db);
            QCOMPARE(
                primary.queue.acknowledge(kSite, elementsOf("[\"" + expected.toLatin1() + "\"]")),
                1);
            transaction.commit();
            QCOMPARE(primary.queue.count(kSite), before - 1);
            QVERIFY(!primary.queue.bySyncId(kSite, expected));
        }
    }

    void aForgedSaltIsRefused()
    {
        Primary &primary = *m_primary;
        primary.db.exec(QStringLiteral("UPDATE queue SET salt = -81985529216486895 "
                                       "WHERE seq = (SELECT min(seq) FROM queue)"));
        const QList<QueuedRecord> head = primary.queue.head(kSite, 2);
        const QString genuine = head.at(0).syncId;
        QCOMPARE(genuine.last(16), QStringLiteral("FEDCBA9876543211"));
        const QString position = genuine.first(16);
        for (const QString &forged :
             {position + QStringLiteral("FEDCBA9876543210"),
              position + QStringLiteral("fedcba9876543211"), // not as written
              position + head.at(1).syncId.last(16), // another record's salt
              QStringLiteral("0x") + genuine.sliced(2)}) {
            QVERIFY2(!primary.queue.bySyncId(kSite, forged), qPrintable(forged));
            Transaction transaction(primary.db);
            QCOMPARE(
                primary.queue.acknowledge(kSite, elementsOf("[\"" + forged.toLatin1() + "\"]")), 0);
            transaction.commit();
        }
        QCOMPARE(primary.queue.count(kSite), 25);
        QCOMPARE(primary.queue.bySyncId(kSite, genuine)->recordId, QStringLiteral("I01"));
    }

    void aNegativeSaltIsWrittenAsUnsignedHexInSqlAndHere()
    {
        Primary &primary = *m_primary;
        // The first three rows: -1, the lowest salt, and one of mixed digits.
        primary.db.exec(
            QStringLiteral("UPDATE queue SET salt = CASE seq - (SELECT min(seq) FROM queue) "
                           "WHEN 0 THEN -1 WHEN 1 THEN -9223372036854775807 - 1 "
                           "WHEN 2 THEN -81985529216486895 ELSE salt END"));
        QSqlQuery printed = primary.db.prepare(QStringLiteral(
            "SELECT printf('%016X%016X', seq, salt) FROM queue ORDER BY seq LIMIT 3"));
        PrimaryDatabase::exec(printed);
        QStringList bySql;
        while (printed.next())
            bySql.append(printed.value(0).toString());
        printed.finish();
        QCOMPARE(bySql.size(), 3);
        QCOMPARE(bySql.at(0).last(16), QStringLiteral("FFFFFFFFFFFFFFFF"));
        QCOMPARE(bySql.at(1).last(16), QStringLiteral("8000000000000000"));
        QCOMPARE(bySql.at(2).last(16), QStringLiteral("FEDCBA9876543211"));

        QStringList selected;
        for (const QueuedRecord &record : primary.queue.head(kSite, 3))
            selected.append(record.syncId);
        QCOMPARE(selected, bySql);
        QStringList pulled;
        for (const QByteArray &syncId : primary.queue.headAsV2(kSite, 3).syncIds)
            pulled.append(QString::fromLatin1(syncId));
        QCOMPARE(pulled, bySql);
        for (const QString &syncId : bySql)
            QVERIFY2(primary.queue.bySyncId(kSite, syncId), qPrintable(syncId));
    }

    void aQueueOfSeveralSitesKeepsItsOrderAndSyncIdsOnceQueuesAreNumbered()
    {
        m_primary.reset(); // a database of its own
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primary.sqlite"));
        // As version 4 left them: three sites' rows in one run of positions;
        // made SyncIDs kept as text (from before salts) or as salts, given ones.
        QVERIFY(writeOldDatabase(
            path, 4,
            QStringLiteral(
                "INSERT INTO queue (site_id, seq, sync_id, salt, record_type, record_id, "
                "record_rowid, sync_type, raw) VALUES "
                "(3, 10, NULL, 11, 'item', 'S3-A', NULL, 'D', NULL), "
                "(2, 11, '000000000000000BABCDEF0123456789', NULL, 'item', 'S2-A', NULL, 'D', "
                "NULL), "
                "(4, 12, 'GIVEN-4', NULL, 'item', 'S4-A', NULL, 'I', '{\"SyncID\":\"GIVEN-4\"}'), "
                "(2, 13, 'GIVEN-2', NULL, 'item', 'S2-B', NULL, 'I', '{\"SyncID\":\"GIVEN-2\"}'), "
                "(3, 14, NULL, -2, 'item', 'S3-B', NULL, 'D', NULL), "
                "(2, 15, NULL, -81985529216486895, 'item', 'S2-C', NULL, 'D', NULL), "
                "(4, 16, NULL, 7, 'item', 'S4-B', NULL, 'D', NULL)")));

        Primary primary(path);
        const QList<std::pair<int, QStringList>> expected = {
            {2,
             {QStringLiteral("000000000000000BABCDEF0123456789"), QStringLiteral("GIVEN-2"),
              QStringLiteral("000000000000000FFEDCBA9876543211")}},
            {3,
             {QStringLiteral("000000000000000A000000000000000B"),
              QStringLiteral("000000000000000EFFFFFFFFFFFFFFFE")}},
            {4, {QStringLiteral("GIVEN-4"), QStringLiteral("00000000000000100000000000000007")}}};
        for (const auto &[siteId, syncIds] : expected) {
            const QString prefix = QStringLiteral("S%1-").arg(siteId);
            QCOMPARE(primary.queue.count(siteId), syncIds.size());
            QStringList shown;
            for (const QueuedRecord &record : primary.queue.head(siteId, 10)) {
                QVERIFY(record.recordId.startsWith(prefix));
                shown.append(record.syncId);
            }
            QCOMPARE(shown, syncIds);
            QList<QByteArray> pulled;
            for (const QString &syncId : syncIds) {
                pulled.append(syncId.toLatin1());
                QVERIFY2(primary.queue.bySyncId(siteId, syncId), qPrintable(syncId));
                QVERIFY(!primary.queue.bySyncId(siteId == 2 ? 3 : 2, syncId));
            }
            QCOMPARE(primary.queue.headAsV2(siteId, 10).syncIds, pulled);
        }
        QCOMPARE(primary.queue.bySyncId(2, QStringLiteral("GIVEN-2"))->recordId,
                 QStringLiteral("S2-B"));

        // Queued after them, numbered after them, at the end of its site's queue.
        {
            Transaction transaction(primary.db);
            primary.queue.enqueue(kSite, primary.put(QStringLiteral("S2-D"), "new"),
                                  QStringLiteral("I"));
            transaction.commit();
        }
        const QList<QueuedRecord> head = primary.queue.head(kSite, 10);
        QCOMPARE(head.size(), 4);
        QVERIFY(head.at(3).syncId.startsWith(u"0000000000000011"));
        // Site 2's queue acknowledged whole; the others keep theirs.
        const SyncQueue::V2Array batch = primary.readAhead.pull(kSite, 10);
        primary.acknowledge(acknowledgementOf(batch.json));
        primary.readAhead.settle();
        QCOMPARE(primary.queue.count(kSite), 0);
        QCOMPARE(primary.queue.count(3), 2);
        QCOMPARE(primary.queue.count(4), 2);
    }

    // An initial dump reads every record the site sees: from the index that
    // holds all it needs, never the records with their data (migration 006).
    void aDumpReadsItsIndexNotTheRecords()
    {
        for (const bool full : {true, false}) {
            QSqlQuery plan = m_primary->db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                                                   + SyncQueue::dumpStatement(full));
            plan.bindValue(QStringLiteral(":site"), kSite);
            plan.bindValue(QStringLiteral(":store"), QStringLiteral("S1"));
            plan.bindValue(QStringLiteral(":base"), 0);
            PrimaryDatabase::exec(plan);
            QStringList steps;
            while (plan.next())
                steps.append(plan.value(3).toString());
            const QString joined = steps.join(u'\n');
            QVERIFY2(joined.contains(QLatin1String("SCAN r USING COVERING INDEX record_dump")),
                     qPrintable(joined));
            QVERIFY2(!joined.contains(QLatin1String("TEMP B-TREE")), qPrintable(joined));
        }
    }

    void aDumpOfASiteBelowOthersServesItsRowsInOrder()
    {
        Primary &primary = *m_primary; // I01 to I25 queued for site 2 one by one
        // Sites 3 and 4 were dumped, then site 2, whose id is below theirs.
        for (const int siteId : {3, 4, kSite}) {
            Site site;
            site.siteId = siteId;
            Transaction transaction(primary.db);
            QCOMPARE(primary.queue.rebuild(site, true), 25);
            transaction.commit();
        }
        {
            // I05 changes after the dump: it moves to the end of site 2's queue.
            Transaction transaction(primary.db);
            primary.queue.enqueue(kSite, primary.put(QStringLiteral("I05"), "renamed"),
                                  QStringLiteral("U"));
            transaction.commit();
        }
        // The dumped site's rows are the last in the table's order.
        QSqlQuery last = primary.db.prepare(
            QStringLiteral("SELECT record_id FROM queue ORDER BY queue_id DESC, seq DESC LIMIT 1"));
        PrimaryDatabase::exec(last);
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), QStringLiteral("I05"));
        last.finish();

        QStringList expected = itemIds(1, 25);
        expected.append(expected.takeAt(4));
        QCOMPARE(primary.queue.count(kSite), 25);
        QStringList served;
        for (;;) {
            const SyncQueue::V2Array batch = primary.readAhead.pull(kSite, 10);
            primary.readAhead.work();
            if (batch.records == 0)
                break;
            served += recordIdsOf(batch.json);
            primary.acknowledge(acknowledgementOf(batch.json));
            primary.readAhead.settle();
            QCOMPARE(primary.queue.count(kSite), 25 - served.size());
        }
        QCOMPARE(served, expected);
        for (const int siteId : {3, 4}) {
            QCOMPARE(primary.queue.count(siteId), 25);
            QStringList ids;
            for (const QueuedRecord &record : primary.queue.head(siteId, 30))
                ids.append(record.recordId);
            QCOMPARE(ids, itemIds(1, 25));
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueReadAhead)
#include "tst_queuereadahead.moc"
