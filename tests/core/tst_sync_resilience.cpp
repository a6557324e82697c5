// A bad line and a killed process: repeated syncs converge to exactly the
// fault-free result, and nothing is lost or applied twice on either side.

#include "HttpClient.h"
#include "PrimaryQueries.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "TestEnvelope.h"
#include "store/LocalStore.h"
#include "sync/WireFormat.h"

#include "json/JsonScanner.h"
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using satellite::JsonScanner;
using satellite::LocalStore;
using satellite::SiteCredentials;
using satellite::WireFormat;

namespace {

// Every record the satellite holds: "type/id" -> Data.
QHash<QString, QByteArray> satelliteRecords(const QString &databasePath)
{
    LocalStore store(databasePath, QStringLiteral("check-") + WireFormat::newId());
    QHash<QString, QByteArray> all;
    for (const QString &type :
         {QStringLiteral("item"), QStringLiteral("item_line"), QStringLiteral("name"),
          QStringLiteral("transact"), QStringLiteral("trans_line"),
          QStringLiteral("name_store_join"), QStringLiteral("item_store_join"),
          QStringLiteral("store"), QStringLiteral("clinician")}) {
        for (const satellite::StoredRecord &record : store.records.ofType(type))
            all.insert(type + u'/' + record.id, record.data);
    }
    return all;
}

QString storeOf(const SatelliteCli &cli)
{
    return QJsonDocument::fromJson(
               cli.run({QStringLiteral("status"), QStringLiteral("--json")}).out)
        .object()
        .value(u"storeId")
        .toString();
}

QString integrity(const QString &databasePath)
{
    LocalStore store(databasePath, QStringLiteral("integrity-") + WireFormat::newId());
    return store.db.integrityCheck();
}

// Invoices of the site's own store (what a site may push), tagged in their comment.
QByteArray importFile(const QString &path, int count, const QString &tag, const QString &store,
                      QStringList *ids)
{
    QList<QByteArray> records;
    for (int i = 0; i < count; ++i) {
        const QString id = WireFormat::newId();
        ids->append(id);
        records.append("{\"RecordType\":\"transact\",\"RecordID\":\"" + id.toUtf8()
                       + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + id.toUtf8()
                       + "\",\"type\":\"ci\",\"status\":\"nw\",\"store_ID\":\"" + store.toUtf8()
                       + "\",\"comment\":\"" + tag.toUtf8() + ' ' + QByteArray::number(i) + "\"}}");
    }
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write('[' + records.join(',') + ']');
    return path.toUtf8();
}

} // namespace

class TestSyncResilience : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs login (until it took) then sync until a run succeeds.
    static int syncUntilDone(SatelliteCli &cli, const QUrl &url, int tries)
    {
        for (int attempt = 1; attempt <= tries; ++attempt) {
            LocalStore store(cli.databasePath(), QStringLiteral("probe-") + WireFormat::newId());
            const bool loggedIn = !store.settings.value(QStringLiteral("site_name")).isEmpty();
            const auto result = loggedIn
                ? cli.run({QStringLiteral("sync")})
                : cli.login(url.toString(), QStringLiteral("demo-clinic"), QStringLiteral("demo"));
            if (result.exitCode == 0)
                return attempt;
        }
        return -1;
    }

    static void expectSameAsPrimary(const QString &databasePath, const QUrl &url,
                                    qint64 expectedCount)
    {
        const QHash<QString, QByteArray> held = satelliteRecords(databasePath);
        QHash<QString, QHash<QString, QByteArray>> primary;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const QString type = it.key().section(u'/', 0, 0);
            if (!primary.contains(type))
                primary.insert(type, PrimaryQueries::records(url, type));
            // What the satellite pushed, the primary holds with the other fields
            // of its table after it (stored as its typed table holds it).
            const QByteArray onPrimary = primary[type].value(it.key().section(u'/', 1));
            QVERIFY2(onPrimary == it.value() || onPrimary.startsWith(it.value().chopped(1) + ','),
                     qPrintable(it.key()));
        }
        LocalStore store(databasePath, QStringLiteral("count-") + WireFormat::newId());
        QCOMPARE(store.records.count(), expectedCount);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void repeatedSyncsConvergeUnderEveryFault()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}));
        auto client = PrimaryQueries::siteClient(primary.url(), QStringLiteral("demo-clinic"),
                                                 QStringLiteral("demo"));
        const qint64 expected = PrimaryQueries::queued(*client);

        HttpClient admin(primary.url());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/faults"),
                           "{\"drop\":0.1,\"stall\":0.03,\"error500\":0.1,\"truncate\":0.1,"
                           "\"garbage\":0.1,\"seed\":11}")
                     .status,
                 200);
        SatelliteCli cli(m_dir.filePath(QStringLiteral("faults.sqlite")));
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_BASE_MS"), QStringLiteral("10"));
        cli.setEnvironment(QStringLiteral("SATELLITE_TIMEOUT_MS"), QStringLiteral("1000"));
        QVERIFY(syncUntilDone(cli, primary.url(), 40) > 0);

        // Local changes pushed through the same bad line.
        QStringList pushed;
        const auto imported = cli.run(
            {QStringLiteral("import"),
             QString::fromUtf8(importFile(m_dir.filePath(QStringLiteral("f.json")), 300,
                                          QStringLiteral("Faulty"), storeOf(cli), &pushed))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(syncUntilDone(cli, primary.url(), 40) > 0);
        const auto stats
            = admin.get(QStringLiteral("/admin/stats")).object().value(u"faults").toObject();
        QVERIFY2(stats.size() >= 4,
                 QJsonDocument(stats).toJson().constData()); // the faults did happen

        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{}").status, 200);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(PrimaryQueries::queued(*client), 0);
        expectSameAsPrimary(cli.databasePath(), primary.url(), expected + pushed.size());
        const QHash<QString, QByteArray> invoices
            = PrimaryQueries::records(primary.url(), QStringLiteral("transact"));
        for (const QString &id : pushed)
            QVERIFY(invoices.value(id).contains("Faulty"));
        LocalStore store(cli.databasePath(), QStringLiteral("final"));
        QCOMPARE(store.outgoing.count(), 0);
        QCOMPARE(store.quarantine.count(), 0);
        QCOMPARE(store.db.integrityCheck(), QStringLiteral("ok"));
    }

    void killedMidSyncConverges()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--demo"), QStringLiteral("medium")}));
        auto client = PrimaryQueries::siteClient(primary.url(), QStringLiteral("demo-clinic"),
                                                 QStringLiteral("demo"));
        const qint64 expected = PrimaryQueries::queued(*client);

        SatelliteCli cli(m_dir.filePath(QStringLiteral("killed.sqlite")));
        // Kills the CLI `ms` after it first reports `phase` (on stderr): the
        // sync takes about a second here, so a fixed delay would often land
        // before or after it.
        auto killAfter = [&](const QStringList &arguments, const QByteArray &input,
                             const QByteArray &phase, int ms) {
            QProcess process;
            process.start(SatelliteCli::executable(),
                          QStringList{QStringLiteral("--db"), cli.databasePath()} + arguments);
            process.write(input);
            process.closeWriteChannel();
            QByteArray output;
            while (!output.contains(phase) && process.state() == QProcess::Running) {
                process.waitForReadyRead(50);
                output += process.readAllStandardError();
            }
            QTest::qWait(ms);
            // Never kill(0): that would be this whole process group.
            if (process.state() == QProcess::Running && process.processId() > 0)
                ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
        };
        // During the initial sync, at moments spread over its length.
        QRandomGenerator random(7);
        killAfter({QStringLiteral("login"), QStringLiteral("--url"), primary.url().toString(),
                   QStringLiteral("--site"), QStringLiteral("demo-clinic"),
                   QStringLiteral("--password-stdin")},
                  "demo\n", "Receiving", int(random.bounded(300)));
        for (int round = 0; round < 3; ++round)
            killAfter({QStringLiteral("sync")}, {}, "Receiving", int(random.bounded(200)));
        QCOMPARE(integrity(cli.databasePath()), QStringLiteral("ok"));
        {
            LocalStore store(cli.databasePath(), QStringLiteral("after-kills"));
            int interrupted = 0;
            for (const satellite::SyncRun &run : store.history.recent())
                interrupted += run.result == u"running" ? 1 : 0;
            QVERIFY2(interrupted >= 1, "no kill landed during a sync");
        }
        QVERIFY(syncUntilDone(cli, primary.url(), 5) > 0);
        expectSameAsPrimary(cli.databasePath(), primary.url(), expected);
        QCOMPARE(PrimaryQueries::queued(*client), 0);

        // During a push of 5,000 changes.
        QStringList pushed;
        QCOMPARE(cli.run({QStringLiteral("import"),
                          QString::fromUtf8(importFile(m_dir.filePath(QStringLiteral("k.json")),
                                                       5000, QStringLiteral("Killed"), storeOf(cli),
                                                       &pushed))})
                     .exitCode,
                 0);
        for (int round = 0; round < 3; ++round)
            killAfter({QStringLiteral("sync")}, {}, "Sending", int(random.bounded(300)));
        QCOMPARE(integrity(cli.databasePath()), QStringLiteral("ok"));
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);
        const QHash<QString, QByteArray> invoices
            = PrimaryQueries::records(primary.url(), QStringLiteral("transact"));
        for (const QString &id : pushed)
            QVERIFY2(invoices.value(id).contains("Killed"), qPrintable(id));
        LocalStore store(cli.databasePath(), QStringLiteral("final-killed"));
        QCOMPARE(store.outgoing.count(), 0);
        QCOMPARE(store.records.count(), expected + pushed.size());
    }

    // A power cut while a batch's body was on its way to the disk (its row
    // was committed beside it): the batch was never acknowledged. The next
    // sync drops it instead of acknowledging it, and receives it again.
    void batchCutShortByAPowerCutIsReceivedAgain()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}));
        SatelliteCli cli(m_dir.filePath(QStringLiteral("power-cut.sqlite")));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("demo-clinic"),
                           QStringLiteral("demo"))
                     .exitCode,
                 0);
        QList<QByteArray> envelopes;
        QStringList items;
        for (int i = 0; i < 20; ++i) {
            items.append(TestEnvelope::newId());
            envelopes.append(TestEnvelope::envelope(
                QStringLiteral("item"), items.last(), QStringLiteral("I"),
                "{\"ID\":\"" + items.last().toUtf8() + "\",\"item_name\":\"Cut "
                    + QByteArray::number(i) + "\",\"code\":\"CUT" + QByteArray::number(i) + "\"}"));
        }
        HttpClient admin(primary.url());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/queue"), '[' + envelopes.join(',') + ']',
                           QUrlQuery{{QStringLiteral("site"), QStringLiteral("demo-clinic")}})
                     .status,
                 200);
        auto clinic = PrimaryQueries::siteClient(primary.url(), QStringLiteral("demo-clinic"),
                                                 QStringLiteral("demo"));
        // Received as a sync receives it, then the power went.
        const QByteArray batch
            = clinic
                  ->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                            QUrlQuery{{QStringLiteral("limit"), QStringLiteral("20")}})
                  .body;
        QString problem;
        const auto summary = WireFormat::summarize(batch, &problem);
        QVERIFY2(summary && summary->records == 20, qPrintable(problem));
        {
            LocalStore store(cli.databasePath(), QStringLiteral("power-cut"));
            const qint64 seq = store.inbox.add(batch, summary->syncIds);
            const QString body = store.inbox.bodyFileOf(seq);
            QVERIFY(QFile::resize(body, batch.size() / 2)); // the rest never written:
            QVERIFY(QFile::resize(body, batch.size())); // zeros, as after a power cut
        }

        const auto sync = cli.run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2((sync.out + sync.err).contains("still on their way to the disk"),
                 (sync.out + sync.err).constData());
        QCOMPARE(PrimaryQueries::queued(*clinic), 0);
        LocalStore store(cli.databasePath(), QStringLiteral("after-power-cut"));
        for (const QString &id : std::as_const(items))
            QVERIFY2(store.records.data(QStringLiteral("item"), id), qPrintable(id));
        QCOMPARE(store.quarantine.all().size(), 0);
        QCOMPARE(store.inbox.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncResilience)
#include "tst_sync_resilience.moc"
