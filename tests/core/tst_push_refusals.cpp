// What the primary refuses of a push never blocks the site: the refused
// record is found by splitting the batch and kept aside with the primary's
// words, the rest goes out and the pull runs; a push that failed goes out
// again with the same SyncIDs.

#include "HttpClient.h"
#include "PrimaryQueries.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/WireFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <future>

using satellite::LocalStore;
using satellite::SqlStatement;
using satellite::WireFormat;

namespace {

// A record of the site's own store (a site may push nothing else).
QByteArray record(const QString &type, const QString &id, const QString &comment,
                  const QString &storeId)
{
    return "{\"RecordType\":\"" + type.toUtf8() + "\",\"RecordID\":\"" + id.toUtf8()
        + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + id.toUtf8()
        + "\",\"type\":\"ci\",\"status\":\"nw\",\"store_ID\":\"" + storeId.toUtf8()
        + "\",\"comment\":\"" + comment.toUtf8() + "\"}}";
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString storeOf(const SatelliteCli &cli)
{
    return objectOf(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).out)
        .value(u"storeId")
        .toString();
}

QStringList syncIdsOf(const QString &databasePath)
{
    LocalStore store(databasePath, QStringLiteral("ids-") + WireFormat::newId());
    SqlStatement query(store.db.handle(),
                       "SELECT coalesce(sync_id, '') FROM outgoing ORDER BY seq");
    QStringList ids;
    while (query.step())
        ids.append(query.text(0));
    return ids;
}

} // namespace

class TestPushRefusals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SatelliteCli cliFor(const QString &name)
    {
        SatelliteCli cli(m_dir.filePath(name + QStringLiteral(".sqlite")));
        cli.setEnvironment(QStringLiteral("SATELLITE_NO_KEYCHAIN"), QStringLiteral("1"));
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_ATTEMPTS"), QStringLiteral("1"));
        return cli;
    }

    QString writeImport(const QString &name, const QList<QByteArray> &records)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write('[' + records.join(',') + ']');
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRefusedChangeIsKeptAsideAndTheRestGoesOut()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}),
                 qPrintable(primary.errorString()));
        SatelliteCli cli = cliFor(QStringLiteral("refused"));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("demo-clinic"),
                           QStringLiteral("demo"))
                     .exitCode,
                 0);
        const QString store = storeOf(cli);
        const QString good1 = WireFormat::newId();
        const QString bad = WireFormat::newId();
        const QString good2 = WireFormat::newId();
        const QList<QByteArray> records
            = {record(QStringLiteral("transact"), good1, QStringLiteral("Good one"), store),
               record(QStringLiteral("no_such_type"), bad, QStringLiteral("Refused"), store),
               record(QStringLiteral("transact"), good2, QStringLiteral("Good two"), store)};
        QCOMPARE(cli.run({QStringLiteral("import"), writeImport(QStringLiteral("a.json"), records)})
                     .exitCode,
                 0);
        // Something for the pull, to see that it still runs.
        HttpClient admin(primary.url());
        const QString incoming = WireFormat::newId();
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/queue"),
                           "[{\"RecordType\":\"item\",\"RecordID\":\"" + incoming.toUtf8()
                               + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + incoming.toUtf8()
                               + "\",\"item_name\":\"From the primary\"}}]",
                           QUrlQuery{{QStringLiteral("site"), QStringLiteral("demo-clinic")}})
                     .status,
                 200);

        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(objectOf(synced.out).value(u"pushed").toInt(), 2);
        QCOMPARE(objectOf(synced.out).value(u"refused").toInt(), 1);
        QVERIFY(objectOf(synced.out).value(u"pulled").toInt() >= 1);
        const auto invoices = PrimaryQueries::records(primary.url(), QStringLiteral("transact"));
        QVERIFY(invoices.contains(good1) && invoices.contains(good2));
        {
            LocalStore local(cli.databasePath(), QStringLiteral("check"));
            QVERIFY(local.records.data(QStringLiteral("item"), incoming));
            QCOMPARE(local.outgoing.count(), 0);
        }

        // Seen with the primary's words; it blocks no later sync.
        const auto listed = cli.run({QStringLiteral("quarantine"), QStringLiteral("--json")});
        const QJsonArray entries = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"direction").toString(), QStringLiteral("outgoing"));
        QCOMPARE(entry.value(u"recordId").toString(), bad);
        QVERIFY2(entry.value(u"reason").toString().contains(u"no_such_type"),
                 qPrintable(entry.value(u"reason").toString()));
        const auto again = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(objectOf(again.out).value(u"pushed").toInt(), 0);

        // Tried again after an upgrade (still refused here), then given up.
        QCOMPARE(cli.run({QStringLiteral("quarantine"), QStringLiteral("--retry")}).exitCode, 0);
        const auto retried = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(objectOf(retried.out).value(u"refused").toInt(), 1);
        const QString number = QString::number(
            QJsonDocument::fromJson(
                cli.run({QStringLiteral("quarantine"), QStringLiteral("--json")}).out)
                .array()
                .first()
                .toObject()
                .value(u"number")
                .toInt());
        const auto unconfirmed
            = cli.run({QStringLiteral("quarantine"), QStringLiteral("--discard"), number});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("never reach the primary"), unconfirmed.err.constData());
        QCOMPARE(cli.run({QStringLiteral("quarantine"), QStringLiteral("--discard"), number,
                          QStringLiteral("--yes")})
                     .exitCode,
                 0);
        const auto status = cli.run({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(objectOf(status.out).value(u"refusedByPrimary").toInt(), 0);
    }

    void twoSyncsOfOneDatabaseSendEachChangeOnce()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}),
                 qPrintable(primary.errorString()));
        SatelliteCli cli = cliFor(QStringLiteral("twice"));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("demo-clinic"),
                           QStringLiteral("demo"))
                     .exitCode,
                 0);
        const QString store = storeOf(cli);
        QList<QByteArray> changes;
        for (int i = 0; i < 200; ++i)
            changes.append(record(QStringLiteral("transact"), WireFormat::newId(),
                                  QStringLiteral("Change %1").arg(i), store));
        QCOMPARE(cli.run({QStringLiteral("import"), writeImport(QStringLiteral("d.json"), changes)})
                     .exitCode,
                 0);
        // Slow pushes: the two runs overlap.
        HttpClient admin(primary.url());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/faults"),
                           "{\"delay_ms\": 150, \"path\": \"queued_records\"}")
                     .status,
                 200);
        auto sync = [&cli] { return cli.run({QStringLiteral("sync"), QStringLiteral("--json")}); };
        auto first = std::async(std::launch::async, sync);
        auto second = std::async(std::launch::async, sync);
        const auto one = first.get();
        const auto two = second.get();
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QCOMPARE(objectOf(one.out).value(u"pushed").toInt()
                     + objectOf(two.out).value(u"pushed").toInt(),
                 200);
        QVERIFY2((one.err + two.err).contains("waiting for it to finish"),
                 (one.err + two.err).constData());
    }

    void aFailedPushGoesOutAgainWithTheSameSyncIds()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}),
                 qPrintable(primary.errorString()));
        SatelliteCli cli = cliFor(QStringLiteral("resend"));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("demo-clinic"),
                           QStringLiteral("demo"))
                     .exitCode,
                 0);
        const QString store = storeOf(cli);
        const QString first = WireFormat::newId();
        const QString second = WireFormat::newId();
        QCOMPARE(cli.run({QStringLiteral("import"),
                          writeImport(QStringLiteral("b.json"),
                                      {record(QStringLiteral("transact"), first,
                                              QStringLiteral("One"), store),
                                       record(QStringLiteral("transact"), second,
                                              QStringLiteral("Two"), store)})})
                     .exitCode,
                 0);
        QCOMPARE(syncIdsOf(cli.databasePath()), (QStringList{QString(), QString()}));
        HttpClient admin(primary.url());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/faults"),
                           "{\"error500\": 1, \"path\": \"queued_records\"}")
                     .status,
                 200);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 5);
        const QStringList sent = syncIdsOf(cli.databasePath());
        QCOMPARE(sent.size(), 2);
        QVERIFY(!sent[0].isEmpty() && !sent[1].isEmpty() && sent[0] != sent[1]);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 5);
        QCOMPARE(syncIdsOf(cli.databasePath()), sent); // the same envelopes again

        // A record changed since its last send is a new state: a new SyncID.
        QCOMPARE(cli.run({QStringLiteral("import"),
                          writeImport(QStringLiteral("c.json"),
                                      {record(QStringLiteral("transact"), second,
                                              QStringLiteral("Two, renamed"), store)})})
                     .exitCode,
                 0);
        const QStringList changed = syncIdsOf(cli.databasePath());
        QCOMPARE(changed[0], sent[0]);
        QVERIFY(changed[1].isEmpty());

        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{}").status, 200);
        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(objectOf(synced.out).value(u"pushed").toInt(), 2);
        QVERIFY(PrimaryQueries::records(primary.url(), QStringLiteral("transact"))
                    .value(second)
                    .contains("Two, renamed"));
    }
};

QTEST_GUILESS_MAIN(TestPushRefusals)
#include "tst_push_refusals.moc"
