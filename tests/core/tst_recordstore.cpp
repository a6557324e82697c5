// The lossless record store and its derived columns, on a real SQLite file.

#include "store/DatabaseLocation.h"
#include "store/LocalStore.h"
#include "store/RecordProjection.h"
#include "store/SqlStatement.h"
#include "store/StoreError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace satellite;

namespace {

// The number of the newest migration the core carries: where every database ends up.
int latestMigration()
{
    const QStringList scripts = QDir(QStringLiteral(":/core/migrations"))
                                    .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return scripts.isEmpty() ? 0 : scripts.last().section(u'_', 0, 0).toInt();
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    int indexCount()
    {
        SqlStatement query(m_store->db.handle(),
                           "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'record' AND name LIKE 'record_%'");
        return query.step() ? int(query.integer(0)) : -1;
    }

private slots:
    void init()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QStringLiteral("store.sqlite")),
                                               QStringLiteral("test"));
    }
    void cleanupTestCase() { m_store.reset(); }

    void connectionsOpeningANewFileAtOnceMigrateItOnce()
    {
        for (int round = 0; round < 20; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("race%1.sqlite").arg(round));
            QStringList errors(4);
            std::vector<std::thread> threads;
            for (int i = 0; i < 4; ++i) {
                threads.emplace_back([&, i] {
                    try {
                        LocalStore store(path, QStringLiteral("race-%1-%2").arg(round).arg(i));
                    } catch (const StoreError &error) {
                        errors[i] = error.message();
                    }
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(errors.join(QString()), QString());
        }
    }

    void databaseFilesAreTheOwnersAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("private/nested/patients.sqlite"));
        QVERIFY(DatabaseLocation::makeFolderFor(path));
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto folderOwnerOnly = ownerOnly | QFile::ExeOwner;
        const auto everyone = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser | ownerOnly
            | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        auto mode = [&](const QString &file) {
            return QFile::permissions(file)
                & (everyone & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
        };
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("private"))), folderOwnerOnly);
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("private/nested"))), folderOwnerOnly);
        {
            LocalStore store(path, QStringLiteral("private"));
            store.records.put(QStringLiteral("name"), QStringLiteral("P"), R"({"ID":"P"})");
            QCOMPARE(mode(path), ownerOnly);
            QCOMPARE(mode(path + QStringLiteral("-wal")), ownerOnly);
            QCOMPARE(mode(path + QStringLiteral("-shm")), ownerOnly);
        }
        // A file an older version made readable by all is closed on opening.
        QFile::setPermissions(path, ownerOnly | QFile::ReadGroup | QFile::ReadOther);
        LocalStore reopened(path, QStringLiteral("private-again"));
        QCOMPARE(mode(path), ownerOnly);
    }

    void mergeRepointsOnlyReferenceFields()
    {
        RecordStore &records = m_store->records;
        records.put(QStringLiteral("item"), QStringLiteral("KEEP"),
                    R"({"ID":"KEEP","item_name":"A"})");
        records.put(QStringLiteral("item"), QStringLiteral("OLD"),
                    R"({"ID":"OLD","item_name":"A"})");
        const QByteArray line = R"({"ID":"L1","item_ID":"OLD","note":"was OLD","batch":"OLD"})";
        records.put(QStringLiteral("item_line"), QStringLiteral("L1"), line);
        records.put(QStringLiteral("name"), QStringLiteral("N1"),
                    R"({"ID":"N1","name":"OLD","code":"OLD"})");
        QStringList types;
        Transaction transaction(m_store->db);
        QCOMPARE(records.merge(QStringLiteral("item"), QStringLiteral("KEEP"),
                               QStringLiteral("OLD"), &types),
                 QString());
        transaction.commit();
        QCOMPARE(types, QStringList{QStringLiteral("item_line")});
        QCOMPARE(*records.data(QStringLiteral("item_line"), QStringLiteral("L1")),
                 QByteArray(R"({"ID":"L1","item_ID":"KEEP","note":"was OLD","batch":"OLD"})"));
        QCOMPARE(*records.data(QStringLiteral("name"), QStringLiteral("N1")),
                 QByteArray(R"({"ID":"N1","name":"OLD","code":"OLD"})"));
        QVERIFY(!records.data(QStringLiteral("item"), QStringLiteral("OLD")));
    }

    void hostileMergesChangeNothing_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("keep");
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("the ID key of every record") << "item"
                                                    << "XX"
                                                    << "ID"
                                                    << "";
        QTest::newRow("a quote in the ID to keep") << "item"
                                                   << "X\"Y"
                                                   << "OLD"
                                                   << "plain";
        QTest::newRow("an empty ID") << "item"
                                     << ""
                                     << "OLD"
                                     << "plain";
        QTest::newRow("the same record") << "item"
                                         << "OLD"
                                         << "OLD"
                                         << "different";
        QTest::newRow("a type that does not merge") << "store"
                                                    << "KEEP"
                                                    << "OLD"
                                                    << "not defined";
        QTest::newRow("a record to keep not held") << "item"
                                                   << "ELSEWHERE"
                                                   << "OLD"
                                                   << "not held";
    }

    void hostileMergesChangeNothing()
    {
        QFETCH(QString, type);
        QFETCH(QString, keep);
        QFETCH(QString, remove);
        QFETCH(QString, refusal);
        RecordStore &records = m_store->records;
        records.put(QStringLiteral("item"), QStringLiteral("OLD"),
                    R"({"ID":"OLD","item_name":"A"})");
        records.put(QStringLiteral("item"), QStringLiteral("KEEP"),
                    R"({"ID":"KEEP","item_name":"B"})");
        records.put(QStringLiteral("item_line"), QStringLiteral("L1"),
                    R"({"ID":"L1","item_ID":"OLD"})");
        const auto before = [&] {
            QList<QByteArray> all;
            for (const QString &t : {QStringLiteral("item"), QStringLiteral("item_line")})
                for (const StoredRecord &record : records.ofType(t))
                    all.append(record.data);
            return all;
        };
        const QList<QByteArray> held = before();
        QStringList types;
        Transaction transaction(m_store->db);
        const QString problem = records.merge(type, keep, remove, &types);
        transaction.commit();
        if (refusal.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(refusal), qPrintable(problem));
        QCOMPARE(before(), held);
    }

    void aMergeThatCannotBeCompletedChangesNothing()
    {
        RecordStore &records = m_store->records;
        records.put(QStringLiteral("item"), QStringLiteral("KEEP"), R"({"ID":"KEEP"})");
        records.put(QStringLiteral("item"), QStringLiteral("OLD"), R"({"ID":"OLD"})");
        records.put(QStringLiteral("trans_line"), QStringLiteral("T1"),
                    R"({"ID":"T1","item_ID":"OLD"})");
        records.put(QStringLiteral("item_line"), QStringLiteral("L1"),
                    R"({"ID":"L1","item_ID":"OLD"})");
        // A record an older version stored that cannot be stored again as it
        // is; lines are repointed after batches, so L1 has changed by then.
        SqlStatement(m_store->db.handle(), "INSERT INTO record (type, id, data) VALUES (?, ?, ?)")
            .bind(1, QStringLiteral("trans_line"))
            .bind(2, QStringLiteral("T2"))
            .bind(3, QByteArray(R"({"ID":"T2","item_ID":"OLD","quantity":[1]})"))
            .run();
        QStringList types;
        Transaction transaction(m_store->db);
        const QString problem = records.merge(QStringLiteral("item"), QStringLiteral("KEEP"),
                                              QStringLiteral("OLD"), &types);
        transaction.commit();
        QVERIFY2(problem.contains(QStringLiteral("nothing was changed")), qPrintable(problem));
        QVERIFY(records.data(QStringLiteral("item"), QStringLiteral("OLD")));
        QCOMPARE(*records.data(QStringLiteral("trans_line"), QStringLiteral("T1")),
                 QByteArray(R"({"ID":"T1","item_ID":"OLD"})"));
        QCOMPARE(*records.data(QStringLiteral("item_line"), QStringLiteral("L1")),
                 QByteArray(R"({"ID":"L1","item_ID":"OLD"})")); // repointed, then taken back
    }

    void keepsDataByteForByte()
    {
        const QByteArray data = "{ \"ID\" : \"A\", \"zeta\":0.166666666666667,\"unknown "
                                "field\":{\"x\":[1,2]},\"item_name\":\"Para\\u00e9\" }";
        QCOMPARE(m_store->records.put(QStringLiteral("spaceship"), QStringLiteral("A"), data),
                 QString());
        QCOMPARE(m_store->records.data(QStringLiteral("spaceship"), QStringLiteral("A")), data);
        QCOMPARE(m_store->records.count(QStringLiteral("spaceship")), 1);
        QVERIFY(m_store->records.remove(QStringLiteral("spaceship"), QStringLiteral("A")));
        QVERIFY(!m_store->records.remove(QStringLiteral("spaceship"),
                                         QStringLiteral("A"))); // not an error
    }

    void projectsBothDialects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("strings") << QByteArray(
            "{\"ID\":\"L1\",\"item_ID\":\"I1\",\"batch\":\"B7\",\"expiry_date\":\"2027-03-31T00:00:"
            "00\","
            "\"quantity\":\"12\",\"pack_size\":\"10\",\"available\":\"5\",\"hold\":\"false\","
            "\"store_ID\":\"S1\"}");
        QTest::newRow("typed") << QByteArray(
            "{\"ID\":\"L1\",\"item_ID\":\"I1\",\"batch\":\"B7\",\"expiry_date\":\"2027-03-31\","
            "\"quantity\":12,\"pack_size\":10,\"available\":5,\"hold\":false,\"store_ID\":\"S1\"}");
    }

    void projectsBothDialects()
    {
        QFETCH(QByteArray, data);
        QString problem;
        const auto projection = RecordProjection::of(QStringLiteral("item_line"), data, &problem);
        QVERIFY2(projection, qPrintable(problem));
        QCOMPARE(projection->linkId, QByteArray("I1"));
        QCOMPARE(projection->name, QByteArray("B7"));
        QCOMPARE(projection->date, QByteArray("2027-03-31")); // the calendar date, unshifted
        QCOMPARE(projection->storeId, QByteArray("S1"));
        QCOMPARE(projection->units, 120.0);
        QCOMPARE(projection->available, 50.0);
    }

    void heldStockIsNotAvailable()
    {
        QString problem;
        const auto projection = RecordProjection::of(
            QStringLiteral("item_line"),
            "{\"quantity\":\"3\",\"pack_size\":\"2\",\"available\":\"3\",\"hold\":\"True\"}",
            &problem);
        QVERIFY(projection);
        QCOMPARE(projection->units, 6.0);
        QCOMPARE(projection->available, 0.0);
    }

    void noDateForms()
    {
        QCOMPARE(RecordProjection::calendarDate(QStringLiteral("0000-00-00T00:00:00")), QString());
        QCOMPARE(RecordProjection::calendarDate(QStringLiteral("0000-00-00")), QString());
        QCOMPARE(RecordProjection::calendarDate(QString()), QString());
        QCOMPARE(RecordProjection::calendarDate(QStringLiteral("1980-02-29")),
                 QStringLiteral("1980-02-29"));
        QVERIFY(!RecordProjection::calendarDate(QStringLiteral("yesterday")));
    }

    void impossibleTypesAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("name is an object")
            << QStringLiteral("item") << QByteArray("{\"item_name\":{\"en\":\"x\"}}");
        QTest::newRow("quantity is a word")
            << QStringLiteral("item_line") << QByteArray("{\"quantity\":\"lots\"}");
        QTest::newRow("expiry is not a date")
            << QStringLiteral("item_line") << QByteArray("{\"expiry_date\":\"soon\"}");
        QTest::newRow("link is an array")
            << QStringLiteral("trans_line") << QByteArray("{\"transaction_ID\":[1]}");
        QTest::newRow("not an object") << QStringLiteral("item") << QByteArray("[1,2]");
    }

    void impossibleTypesAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, data);
        const QString problem = m_store->records.put(type, QStringLiteral("X"), data);
        QVERIFY(!problem.isEmpty());
        QVERIFY(!m_store->records.data(type, QStringLiteral("X")));
    }

    void stockPerItemFromTheDerivedColumns()
    {
        m_store->records.put(
            QStringLiteral("item_line"), QStringLiteral("L1"),
            "{\"item_ID\":\"I1\",\"quantity\":\"2\",\"pack_size\":\"10\",\"available\":\"1\"}");
        m_store->records.put(
            QStringLiteral("item_line"), QStringLiteral("L2"),
            "{\"item_ID\":\"I1\",\"quantity\":3,\"pack_size\":1,\"available\":3,\"hold\":true}");
        m_store->records.put(
            QStringLiteral("item_line"), QStringLiteral("L3"),
            "{\"item_ID\":\"I2\",\"quantity\":\"1.5\",\"pack_size\":\"4\",\"available\":\"1.5\"}");
        SqlStatement stock(
            m_store->db.handle(),
            "SELECT link_id, sum(units), sum(available) FROM record WHERE type = 'item_line' "
            "GROUP BY link_id ORDER BY link_id");
        QVERIFY(stock.step());
        QCOMPARE(stock.text(0), QStringLiteral("I1"));
        QCOMPARE(stock.real(1), 23.0);
        QCOMPARE(stock.real(2), 10.0);
        QVERIFY(stock.step());
        QCOMPARE(stock.real(1), 6.0);
        QVERIFY(!stock.step());
    }

    void outgoingQueueCoalesces()
    {
        OutgoingQueue &queue = m_store->outgoing;
        queue.recordChange(QStringLiteral("item"), QStringLiteral("A"), QStringLiteral("I"));
        queue.recordChange(QStringLiteral("item"), QStringLiteral("A"), QStringLiteral("U"));
        QCOMPARE(queue.oldest(10).first().syncType, QStringLiteral("I"));
        queue.recordChange(QStringLiteral("item"), QStringLiteral("A"), QStringLiteral("D"));
        QCOMPARE(queue.count(), 0); // never sent: nothing to tell

        queue.recordChange(QStringLiteral("item"), QStringLiteral("B"), QStringLiteral("I"));
        auto sent = queue.oldest(10);
        queue.markAttempted(sent);
        queue.recordChange(QStringLiteral("item"), QStringLiteral("B"), QStringLiteral("D"));
        QCOMPARE(queue.oldest(10).first().syncType, QStringLiteral("D")); // it may have arrived
        queue.clearSent(sent); // an older version: still to send
        QCOMPARE(queue.count(), 1);
        queue.clearSent(queue.oldest(10));
        QCOMPARE(queue.count(), 0);
    }

    void bulkLoadKeepsTheLatestAndBuildsTheIndexes()
    {
        RecordStore &records = m_store->records;
        {
            Transaction transaction(m_store->db);
            QVERIFY(records.beginBulkLoad());
            records.put(QStringLiteral("item"), QStringLiteral("A"), "{\"item_name\":\"old\"}");
            records.put(QStringLiteral("item"), QStringLiteral("B"), "{\"item_name\":\"b\"}");
            records.put(QStringLiteral("item"), QStringLiteral("A"), "{\"item_name\":\"new\"}");
            transaction.commit();
        }
        QVERIFY(records.isBulkLoading());
        QCOMPARE(indexCount(), 0);
        QCOMPARE(records.count(), 3); // A twice, until the load finishes
        QCOMPARE(records.data(QStringLiteral("item"), QStringLiteral("A")),
                 QByteArray("{\"item_name\":\"new\"}"));
        records.finishBulkLoad();
        QVERIFY(!records.isBulkLoading());
        QCOMPARE(indexCount(), 3);
        QCOMPARE(records.count(), 2);
        QCOMPARE(records.data(QStringLiteral("item"), QStringLiteral("A")),
                 QByteArray("{\"item_name\":\"new\"}"));
        SqlStatement name(m_store->db.handle(), "SELECT name FROM record WHERE id = 'A'");
        QVERIFY(name.step());
        QCOMPARE(name.text(0), QStringLiteral("new"));
        Transaction transaction(m_store->db);
        QVERIFY(!records.beginBulkLoad()); // only into an empty table
    }

    void anotherConnectionSeesABulkLoad()
    {
        LocalStore other(m_dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("other"));
        QCOMPARE(other.records.put(QStringLiteral("item"), QStringLiteral("X"), "{}"), QString());
        other.records.remove(QStringLiteral("item"), QStringLiteral("X"));
        {
            Transaction transaction(m_store->db);
            QVERIFY(m_store->records.beginBulkLoad());
            transaction.commit();
        }
        // The other connection appends too, and a delete there finishes the load.
        QVERIFY(other.records.isBulkLoading());
        QCOMPARE(other.records.put(QStringLiteral("item"), QStringLiteral("Y"), "{}"), QString());
        QVERIFY(!other.records.remove(QStringLiteral("item"), QStringLiteral("Z")));
        QCOMPARE(indexCount(), 3);
        // The loading connection notices at its next transaction and upserts.
        Transaction transaction(m_store->db);
        QVERIFY(!m_store->records.isBulkLoading());
        QCOMPARE(
            m_store->records.put(QStringLiteral("item"), QStringLiteral("Y"), "{\"code\":\"2\"}"),
            QString());
        transaction.commit();
        QCOMPARE(m_store->records.count(), 1);
    }

    void migratesVersion2RecordsAndPendingAcks()
    {
        m_store.reset();
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        QFile::remove(path);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QByteArray script;
            for (const char *name : {":/core/migrations/001_initial.sql",
                                     ":/core/migrations/002_full_link_index.sql"}) {
                QFile file(QString::fromLatin1(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                script += file.readAll();
            }
            script
                += "INSERT INTO record (type, id, data, name) VALUES ('item', 'I', '{}', 'Para');"
                   "INSERT INTO pending_ack VALUES ('S1'), ('S2'); PRAGMA user_version = 2;";
            QCOMPARE(sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        LocalStore migrated(path, QStringLiteral("migrated"));
        QCOMPARE(migrated.db.schemaVersion(), latestMigration());
        QCOMPARE(migrated.records.data(QStringLiteral("item"), QStringLiteral("I")),
                 QByteArray("{}"));
        QVERIFY(!migrated.records.isBulkLoading());
        QStringList acks = migrated.inbox.syncIds();
        acks.sort();
        QCOMPARE(acks, (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
        QCOMPARE(migrated.inbox.oldest()->body, QByteArray("[]")); // kept in its row
        QCOMPARE(migrated.db.integrityCheck(), QStringLiteral("ok"));
    }

    void migratesOnceAndKeepsWal()
    {
        QCOMPARE(m_store->db.schemaVersion(), latestMigration());
        SqlStatement mode(m_store->db.handle(), "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        SqlStatement pageSize(m_store->db.handle(), "PRAGMA page_size");
        QVERIFY(pageSize.step());
        QCOMPARE(pageSize.integer(0), 32768); // a new file
        LocalStore second(m_dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("second"));
        QCOMPARE(second.db.schemaVersion(), latestMigration());
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
