// The primary's queue: what a pull sends, as SQLite writes it, is exactly what
// V2Codec writes for the same head of the queue.

#include "PrimaryDatabase.h"
#include "RecordStore.h"
#include "SyncQueue.h"
#include "V2Codec.h"

#include "json/JsonScanner.h"
#include <QTemporaryDir>
#include <QTest>

using namespace primary;

class TestSyncQueue : public QObject
{
    Q_OBJECT

private:
    static StoredRecord put(RecordStore &records, const QString &type, const QString &id,
                            const QByteArray &data)
    {
        satellite::JsonScanner scanner(data);
        return records.upsert(
            type, id, data,
            scanner.objectMembers().value_or(QList<satellite::JsonScanner::Member>()));
    }

private slots:
    void pullWrittenBySqliteIsWhatTheCodecWrites()
    {
        QTemporaryDir dir;
        PrimaryDatabase db(dir.filePath(QStringLiteral("primary.sqlite")));
        RecordStore records(db);
        SyncQueue queue(db, records);
        const int site = 7;
        const StoredRecord item = put(records, QStringLiteral("item"), QStringLiteral("I1"),
                                      "{\"ID\":\"I1\",\"item_name\":\"Para \\\"500\\\" \\u00e9\","
                                      "\"price\":1.50}");
        const StoredRecord line = put(records, QStringLiteral("item_line"), QStringLiteral("L1"),
                                      "{\"ID\":\"L1\",\"item_ID\":\"I1\",\"store_ID\":\"S1\"}");
        const StoredRecord gone
            = put(records, QStringLiteral("item"), QStringLiteral("I2"), "{\"ID\":\"I2\"}");
        queue.enqueue(site, item, QStringLiteral("I"));
        queue.enqueue(site, line, QStringLiteral("U"));
        queue.enqueue(site, gone, QStringLiteral("I"));
        QVERIFY(records.remove(QStringLiteral("item"), QStringLiteral("I2"))); // since queued
        queue.enqueueRaw(site, QStringLiteral("RAW1"), QStringLiteral("item"), QStringLiteral("I9"),
                         QStringLiteral("M"),
                         "{\"SyncID\":\"RAW1\",\"RecordType\":\"item\",\"SyncType\":\"M\","
                         "\"mergeIDtokeep\":\"I1\",\"mergeIDtodelete\":\"I9\"}");
        queue.enqueue(site, line, QStringLiteral("D"));

        const QList<QueuedRecord> head = queue.head(site, 100);
        QCOMPARE(head.size(), 4); // the line's delete replaced its update
        QList<QByteArray> expected;
        for (const QueuedRecord &record : head)
            expected.append(V2Codec::write(record));
        const SyncQueue::V2Array written = queue.headAsV2(site, 100);
        QCOMPARE(written.records, 4);
        QCOMPARE(written.json, '[' + expected.join(',') + ']');
        QCOMPARE(expected.at(0),
                 "{\"SyncID\":\"" + head.at(0).syncId.toUtf8()
                     + "\",\"RecordType\":\"item\",\"RecordID\":\"I1\",\"SyncType\":\"I\","
                       "\"StoreID\":\"\",\"data\":{\"ID\":\"I1\",\"item_name\":\"Para "
                       "\\\"500\\\" \\u00e9\",\"price\":1.50}}");
        QVERIFY(expected.at(1).contains("\"SyncType\":\"D\"")); // vanished: sent as a delete
        QCOMPARE(queue.headAsV2(site, 2).json, '[' + expected.at(0) + ',' + expected.at(1) + ']');
        const SyncQueue::V2Array none = queue.headAsV2(site + 1, 100);
        QCOMPARE(none.records, 0);
        QCOMPARE(none.json, QByteArray("[]"));
    }
};

QTEST_GUILESS_MAIN(TestSyncQueue)
#include "tst_syncqueue.moc"
