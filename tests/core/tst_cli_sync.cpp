// satellite-cli against a real primary-sim over loopback: what the issue
// "Satellite core" asks of a sync, end to end.

#include "HttpClient.h"
#include "PrimaryQueries.h"
#include "PrimarySimProcess.h"
#include "RecordFields.h"
#include "SatelliteCli.h"
#include "SelfSignedCertificate.h"
#include "TestEnvelope.h"
#include "store/LocalStore.h"
#include "sync/WireFormat.h"

#include "json/JsonScanner.h"
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using satellite::JsonScanner;
using satellite::LocalStore;
using satellite::SiteCredentials;
using satellite::WireFormat;
using TestEnvelope::envelope;

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString databasePath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    }

    static QByteArray queue(const QUrl &url, const QString &site, const QList<QByteArray> &records)
    {
        HttpClient admin(url);
        const auto reply = admin.post(QStringLiteral("/admin/queue"), '[' + records.join(',') + ']',
                                      QUrlQuery{{QStringLiteral("site"), site}});
        return reply.status == 200 ? QByteArray("ok") : reply.body;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void initialSyncOfMediumDemo()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("medium")}),
                 qPrintable(primary.errorString()));
        auto clinic = PrimaryQueries::siteClient(primary.url(), QStringLiteral("demo-clinic"),
                                                 QStringLiteral("demo"));
        const qint64 expected = PrimaryQueries::queued(*clinic);
        QVERIFY(expected > 40000);

        SatelliteCli cli(databasePath(QStringLiteral("medium")));
        const auto login = cli.login(primary.url().toString(), QStringLiteral("demo-clinic"),
                                     QStringLiteral("demo"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.out.contains(QByteArray::number(expected) + " received"));
        QCOMPARE(PrimaryQueries::queued(*clinic), 0);

        LocalStore store(cli.databasePath(), QStringLiteral("test"));
        QCOMPARE(store.records.count(), expected);
        const QStringList types = {QStringLiteral("item"),       QStringLiteral("item_line"),
                                   QStringLiteral("name"),       QStringLiteral("transact"),
                                   QStringLiteral("trans_line"), QStringLiteral("name_store_join")};
        for (const QString &type : types) {
            const QHash<QString, QByteArray> held = PrimaryQueries::records(primary.url(), type);
            const QList<satellite::StoredRecord> stored = store.records.ofType(type);
            QVERIFY2(!stored.isEmpty(), qPrintable(type));
            for (const satellite::StoredRecord &record : stored)
                QVERIFY2(held.value(record.id) == record.data, qPrintable(type + u' ' + record.id));
        }
        // The password is kept only as its hash, in a file only its owner reads.
        QFile credentials(cli.databasePath() + QStringLiteral(".credentials"));
        QCOMPARE(credentials.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(
            !login.out.contains(SiteCredentials::hashPassword(QStringLiteral("demo")).toUtf8()));
        QVERIFY(
            !login.err.contains(SiteCredentials::hashPassword(QStringLiteral("demo")).toUtf8()));

        const auto again = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(summary.value(u"result").toString(), QStringLiteral("ok"));
        QCOMPARE(summary.value(u"pulled").toInt(), 0);
        QCOMPARE(summary.value(u"pushed").toInt(), 0); // what was pulled never echoes back
    }

    void fixturesRoundTripInBothDialectsAndEnvelopes()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("fixtures:pw")}));
        // Logged in first: an initial dump would rebuild the queue from what the site may see.
        SatelliteCli cli(databasePath(QStringLiteral("fixtures")));
        const auto login
            = cli.login(primary.url().toString(), QStringLiteral("fixtures"), QStringLiteral("pw"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // A store's own records are given to this site's store: what it may change.
        const QString store = QJsonDocument::fromJson(
                                  cli.run({QStringLiteral("status"), QStringLiteral("--json")}).out)
                                  .object()
                                  .value(u"storeId")
                                  .toString();
        static const QRegularExpression storeField(
            QStringLiteral("\"store_ID\"\\s*:\\s*\"[^\"]*\""));
        QDirIterator files(QStringLiteral(SATELLITE_FIXTURES_DIR), {QStringLiteral("*.json")},
                           QDir::Files, QDirIterator::Subdirectories);
        struct Fixture
        {
            QString type, id;
            QByteArray data;
        };
        QList<Fixture> fixtures;
        QList<QByteArray> records;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            Fixture fixture{
                QFileInfo(file.fileName()).dir().dirName(),
                {},
                QString::fromUtf8(file.readAll().trimmed())
                    .replace(storeField, QStringLiteral("\"store_ID\":\"%1\"").arg(store))
                    .toUtf8()};
            const QJsonObject object = QJsonDocument::fromJson(fixture.data).object();
            fixture.id = object.value(u"ID").toString(object.value(u"id").toString());
            QVERIFY(!fixture.id.isEmpty());
            // Half of them in the v3 spelling of the envelope.
            records.append(envelope(fixture.type, fixture.id, QStringLiteral("I"), fixture.data,
                                    fixtures.size() % 2 ? "data" : "Data"));
            fixtures.append(fixture);
        }
        QCOMPARE(fixtures.size(), 187);
        // Two pairs of fixtures share a (type, ID): the later one is what a satellite holds.
        QHash<QString, qsizetype> last;
        for (qsizetype i = 0; i < fixtures.size(); ++i)
            last.insert(fixtures[i].type + u'/' + fixtures[i].id, i);
        QList<Fixture> unique;
        for (qsizetype i = 0; i < fixtures.size(); ++i) {
            if (last.value(fixtures[i].type + u'/' + fixtures[i].id) == i)
                unique.append(fixtures[i]);
        }
        QCOMPARE(unique.size(), 185);
        // String dialect too.
        const QString stringItem = WireFormat::newId();
        const QByteArray stringData = "{\"ID\":\"" + stringItem.toUtf8()
            + "\",\"item_name\":\"Zinc "
              "20mg\",\"default_pack_size\":\"10\",\"is_vaccine\":\"false\",\"start_of_year_date\":"
              "\"0000-00-00T00:00:00\"}";
        records.append(
            envelope(QStringLiteral("item"), stringItem, QStringLiteral("U"), stringData));
        QCOMPARE(queue(primary.url(), QStringLiteral("fixtures"), records), QByteArray("ok"));
        const auto pulled = cli.run({QStringLiteral("sync")});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        {
            LocalStore local(cli.databasePath(), QStringLiteral("test"));
            QCOMPARE(local.quarantine.count(), 0);
            for (const Fixture &fixture : unique)
                QVERIFY2(local.records.data(fixture.type, fixture.id) == fixture.data,
                         qPrintable(fixture.type + u' ' + fixture.id));
            QCOMPARE(local.records.data(QStringLiteral("item"), stringItem), stringData);
        }

        // Edit every one locally (one field added), push: the primary holds
        // every untouched field of what a site may change exactly as it was,
        // and refuses the rest (reference data, lines of other stores'
        // invoices), which waits aside.
        QList<QByteArray> edits;
        QHash<QString, QByteArray> expected;
        for (const Fixture &fixture : unique) {
            QByteArray edited = fixture.data;
            edited.insert(edited.lastIndexOf('}'), ",\"satellite_note\":\"edited\"");
            expected.insert(fixture.type + u'/' + fixture.id, edited);
            edits.append(envelope(fixture.type, fixture.id, QStringLiteral("U"), edited));
        }
        QFile importFile(m_dir.filePath(QStringLiteral("edits.json")));
        QVERIFY(importFile.open(QIODevice::WriteOnly));
        importFile.write('[' + edits.join(',') + ']');
        importFile.close();
        const auto imported = cli.run({QStringLiteral("import"), importFile.fileName()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(synced.out).object();
        const int pushed = summary.value(u"pushed").toInt();
        const int refused = summary.value(u"refused").toInt();
        QCOMPARE(pushed + refused, 185);
        QVERIFY2(pushed >= 20,
                 (synced.out + cli.run({QStringLiteral("quarantine")}).out.left(3000)).constData());
        // The primary keeps each record as its typed table does (every field,
        // values typed, in the string dialect): what it holds is that of what
        // the satellite sent, whose every field must be the fixture's.
        const auto asPrimaryHolds = [](const QString &type, const QString &id,
                                       const QByteArray &data) {
            JsonScanner scanner(data);
            return primary::RecordFields::complete(
                type, id, data, scanner.objectMembers().value_or(QList<JsonScanner::Member>()));
        };
        QHash<QString, QHash<QString, QByteArray>> held;
        int heldAsEdited = 0;
        for (const Fixture &fixture : unique) {
            if (!held.contains(fixture.type))
                held.insert(fixture.type, PrimaryQueries::records(primary.url(), fixture.type));
            const QByteArray onPrimary = held[fixture.type].value(fixture.id);
            if (onPrimary
                == asPrimaryHolds(fixture.type, fixture.id,
                                  expected.value(fixture.type + u'/' + fixture.id)))
                ++heldAsEdited;
            else // refused: the primary's record is the one it sent
                QVERIFY2(onPrimary == asPrimaryHolds(fixture.type, fixture.id, fixture.data),
                         qPrintable(fixture.type + u' ' + fixture.id));
        }
        QCOMPARE(heldAsEdited, pushed);
        LocalStore store2(cli.databasePath(), QStringLiteral("refused"));
        QCOMPARE(store2.refused.count(), refused);
    }

    void outgoingChangesAreCoalesced()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("coalesce:pw")}));
        SatelliteCli cli(databasePath(QStringLiteral("coalesce")));
        QCOMPARE(
            cli.login(primary.url().toString(), QStringLiteral("coalesce"), QStringLiteral("pw"))
                .exitCode,
            0);
        auto importOne = [&](const QByteArray &record) {
            QFile file(m_dir.filePath(QStringLiteral("one.json")));
            file.open(QIODevice::WriteOnly);
            file.write('[' + record + ']');
            file.close();
            return cli.run({QStringLiteral("import"), file.fileName()}).exitCode;
        };
        // Invoices of the site's own store: what a site may push.
        const QByteArray store
            = QJsonDocument::fromJson(
                  cli.run({QStringLiteral("status"), QStringLiteral("--json")}).out)
                  .object()
                  .value(u"storeId")
                  .toString()
                  .toUtf8();
        auto item = [&store](const QString &id, const char *name) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"type\":\"ci\",\"store_ID\":\"" + store
                + "\",\"comment\":\"" + QByteArray(name) + "\"}";
        };
        auto pushedBySync = [&]() {
            const auto result = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
            return result.exitCode == 0
                ? QJsonDocument::fromJson(result.out).object().value(u"pushed").toInt()
                : -result.exitCode;
        };

        // Insert then update: one insert with the latest data.
        const QString updated = WireFormat::newId();
        QCOMPARE(importOne(envelope(QStringLiteral("transact"), updated, QStringLiteral("I"),
                                    item(updated, "First"))),
                 0);
        QCOMPARE(importOne(envelope(QStringLiteral("transact"), updated, QStringLiteral("U"),
                                    item(updated, "Second"))),
                 0);
        QCOMPARE(pushedBySync(), 1);
        // As sent; the primary adds the other fields of its table after them.
        QVERIFY(PrimaryQueries::records(primary.url(), QStringLiteral("transact"))
                    .value(updated)
                    .startsWith(item(updated, "Second").chopped(1) + ','));

        // Insert then delete before any push: nothing goes out.
        const QString never = WireFormat::newId();
        QCOMPARE(importOne(envelope(QStringLiteral("transact"), never, QStringLiteral("I"),
                                    item(never, "Never"))),
                 0);
        QCOMPARE(importOne(envelope(QStringLiteral("transact"), never, QStringLiteral("D"), {})),
                 0);
        QCOMPARE(pushedBySync(), 0);
        QVERIFY(
            !PrimaryQueries::records(primary.url(), QStringLiteral("transact")).contains(never));

        // Insert, a push that failed (it may have arrived), then delete: the delete goes out.
        const QString attempted = WireFormat::newId();
        QCOMPARE(importOne(envelope(QStringLiteral("transact"), attempted, QStringLiteral("I"),
                                    item(attempted, "Attempted"))),
                 0);
        HttpClient admin(primary.url());
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/faults"),
                           "{\"drop\": 1, \"path\": \"queued_records\"}")
                     .status,
                 200);
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_ATTEMPTS"), QStringLiteral("1"));
        QVERIFY(pushedBySync() < 0);
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{}").status, 200);
        QVERIFY(PrimaryQueries::records(primary.url(), QStringLiteral("transact"))
                    .contains(attempted)); // dropped after it was applied
        QCOMPARE(
            importOne(envelope(QStringLiteral("transact"), attempted, QStringLiteral("D"), {})), 0);
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_ATTEMPTS"), QStringLiteral("5"));
        QCOMPARE(pushedBySync(), 1);
        QVERIFY(!PrimaryQueries::records(primary.url(), QStringLiteral("transact"))
                     .contains(attempted));
    }

    void mergesRepointReferencesAndUnknownDeletesAreHarmless()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("merge:pw")}));
        const QString keptItem = WireFormat::newId(), oldItem = WireFormat::newId(),
                      keptName = WireFormat::newId(), oldName = WireFormat::newId();
        const QString line = WireFormat::newId(), invoice = WireFormat::newId(),
                      join = WireFormat::newId();
        const QList<QByteArray> setup = {
            envelope(QStringLiteral("item"), keptItem, QStringLiteral("I"),
                     "{\"ID\":\"" + keptItem.toUtf8() + "\",\"item_name\":\"Paracetamol 500mg\"}"),
            envelope(QStringLiteral("item"), oldItem, QStringLiteral("I"),
                     "{\"ID\":\"" + oldItem.toUtf8() + "\",\"item_name\":\"Paracetamol 500 mg\"}"),
            envelope(QStringLiteral("name"), keptName, QStringLiteral("I"),
                     "{\"ID\":\"" + keptName.toUtf8()
                         + "\",\"name\":\"Tui, Mere\",\"type\":\"patient\"}"),
            envelope(QStringLiteral("name"), oldName, QStringLiteral("I"),
                     "{\"ID\":\"" + oldName.toUtf8()
                         + "\",\"name\":\"Tui, M.\",\"type\":\"patient\"}"),
            envelope(QStringLiteral("item_line"), line, QStringLiteral("I"),
                     "{\"ID\":\"" + line.toUtf8() + "\",\"item_ID\":\"" + oldItem.toUtf8()
                         + "\",\"name_ID\":\"" + oldName.toUtf8() + "\"}"),
            envelope(QStringLiteral("transact"), invoice, QStringLiteral("I"),
                     "{\"ID\":\"" + invoice.toUtf8() + "\",\"name_ID\":\"" + oldName.toUtf8()
                         + "\",\"type\":\"ci\"}"),
            envelope(QStringLiteral("name_store_join"), join, QStringLiteral("I"),
                     "{\"ID\":\"" + join.toUtf8() + "\",\"name_ID\":\"" + oldName.toUtf8()
                         + "\",\"store_ID\":\"S\"}"),
        };
        SatelliteCli cli(databasePath(QStringLiteral("merge")));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("merge"), QStringLiteral("pw"))
                     .exitCode,
                 0);
        QCOMPARE(queue(primary.url(), QStringLiteral("merge"), setup), QByteArray("ok"));
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);

        auto merge = [](const char *type, const QString &keep, const QString &remove) {
            return "{\"SyncID\":\"" + WireFormat::newId().toUtf8() + "\",\"RecordType\":\""
                + QByteArray(type) + "\",\"SyncType\":\"M\",\"mergeIDtokeep\":\"" + keep.toUtf8()
                + "\",\"mergeIDtodelete\":\"" + remove.toUtf8() + "\"}";
        };
        QCOMPARE(
            queue(primary.url(), QStringLiteral("merge"),
                  {merge("item", keptItem, oldItem), merge("name", keptName, oldName),
                   envelope(QStringLiteral("item"), WireFormat::newId(), QStringLiteral("D"), {})}),
            QByteArray("ok"));
        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(QJsonDocument::fromJson(synced.out).object().value(u"quarantined").toInt(), 0);

        LocalStore store(cli.databasePath(), QStringLiteral("test"));
        QVERIFY(!store.records.data(QStringLiteral("item"), oldItem));
        QVERIFY(!store.records.data(QStringLiteral("name"), oldName));
        const QJsonObject stock
            = QJsonDocument::fromJson(*store.records.data(QStringLiteral("item_line"), line))
                  .object();
        QCOMPARE(stock.value(u"item_ID").toString(), keptItem);
        QCOMPARE(stock.value(u"name_ID").toString(), keptName);
        QCOMPARE(QJsonDocument::fromJson(*store.records.data(QStringLiteral("transact"), invoice))
                     .object()
                     .value(u"name_ID")
                     .toString(),
                 keptName);
        QCOMPARE(
            QJsonDocument::fromJson(*store.records.data(QStringLiteral("name_store_join"), join))
                .object()
                .value(u"name_ID")
                .toString(),
            keptName);
    }

    void badRecordsGoToQuarantineAndTheQueueDrains()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("bad:pw")}));
        const QString good = WireFormat::newId();
        const QList<QByteArray> batch = {
            envelope(QStringLiteral("item"), good, QStringLiteral("I"),
                     "{\"ID\":\"" + good.toUtf8() + "\",\"item_name\":\"Good\"}"),
            "{\"SyncID\":\"" + WireFormat::newId().toUtf8()
                + "\",\"RecordType\":\"item\",\"SyncType\":\"I\",\"Data\":{\"item_name\":\"no "
                  "id\"}}",
            envelope(QStringLiteral("item"), WireFormat::newId(), QStringLiteral("Z"),
                     "{\"item_name\":\"odd sync type\"}"),
            "{\"SyncID\":\"" + WireFormat::newId().toUtf8()
                + "\",\"RecordType\":\"item\",\"RecordID\":\"A1\",\"SyncType\":\"U\",\"Data\":"
                  "\"not an object\"}",
            envelope(QStringLiteral("item"), QStringLiteral("A2"), QStringLiteral("U"),
                     "{\"ID\":\"A2\",\"item_name\":{\"en\":\"nested\"}}"),
            "{\"SyncID\":\"" + WireFormat::newId().toUtf8()
                + "\",\"RecordType\":17,\"RecordID\":\"A3\",\"SyncType\":\"I\",\"Data\":{}}",
            envelope(QStringLiteral("transact"), QStringLiteral("A4"), QStringLiteral("M"), {}),
        };
        SatelliteCli cli(databasePath(QStringLiteral("bad")));
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("bad"), QStringLiteral("pw"))
                     .exitCode,
                 0);
        QCOMPARE(queue(primary.url(), QStringLiteral("bad"), batch), QByteArray("ok"));
        const auto login = cli.run({QStringLiteral("sync")});
        QVERIFY2(login.exitCode == 0, login.err.constData()); // quarantine is not a failure
        QVERIFY2(login.out.contains("6 in quarantine"), login.out.constData());
        auto client = PrimaryQueries::siteClient(primary.url(), QStringLiteral("bad"),
                                                 QStringLiteral("pw"));
        QCOMPARE(PrimaryQueries::queued(*client), 0);

        LocalStore store(cli.databasePath(), QStringLiteral("test"));
        QVERIFY(store.records.data(QStringLiteral("item"), good));
        const QList<satellite::Quarantine::Entry> held = store.quarantine.all();
        QCOMPARE(held.size(), 6);
        QStringList reasons;
        for (const auto &entry : held) {
            QVERIFY(!entry.reason.isEmpty());
            QVERIFY(!entry.raw.isEmpty());
            reasons.append(entry.reason);
        }
        const QString all = reasons.join(u'|');
        QVERIFY2(all.contains(u"no ID"), qPrintable(all));
        QVERIFY(all.contains(u"unknown SyncType"));
        QVERIFY(all.contains(u"not a JSON object"));
        QVERIFY(all.contains(u"item_name"));
        QVERIFY(all.contains(u"RecordType is not a string"));
        QVERIFY(all.contains(u"merge"));

        const auto listed = cli.run({QStringLiteral("quarantine"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 6);
        const auto retried = cli.run({QStringLiteral("quarantine"), QStringLiteral("--retry")});
        QCOMPARE(retried.exitCode, 0);
        QVERIFY(retried.out.contains("0 records applied; 6 still"));
    }

    void untrustedCertificateIsRefusedUntilTrusted()
    {
        QTemporaryDir dir;
        SelfSignedCertificate files;
        QVERIFY(files.create(dir.path()));
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("tls:pw"),
                               QStringLiteral("--tls-cert"), files.certificatePath,
                               QStringLiteral("--tls-key"), files.keyPath}));
        SatelliteCli cli(databasePath(QStringLiteral("tls")));
        const auto refused
            = cli.login(primary.url().toString(), QStringLiteral("tls"), QStringLiteral("pw"));
        QVERIFY2(refused.exitCode == 4, refused.err.constData());
        const QRegularExpressionMatch fingerprint
            = QRegularExpression(QStringLiteral("fingerprint ([0-9a-f]{64})"))
                  .match(QString::fromUtf8(refused.err));
        QVERIFY2(fingerprint.hasMatch(), refused.err.constData());
        const auto trusted = cli.run(
            {QStringLiteral("login"), QStringLiteral("--url"), primary.url().toString(),
             QStringLiteral("--site"), QStringLiteral("tls"), QStringLiteral("--password-stdin"),
             QStringLiteral("--trust-certificate"), fingerprint.captured(1)},
            "pw\n");
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0); // the trust is kept
        // Another certificate on the same address is refused again.
        const auto other = cli.run({QStringLiteral("login"), QStringLiteral("--url"),
                                    primary.url().toString(), QStringLiteral("--site"),
                                    QStringLiteral("tls"), QStringLiteral("--password-stdin"),
                                    QStringLiteral("--trust-certificate"), QString(64, u'0')},
                                   "pw\n");
        QCOMPARE(other.exitCode, 4);
    }

    void errorsHaveTheirExitCodes()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("codes:pw")}));
        SatelliteCli cli(databasePath(QStringLiteral("codes")));
        QCOMPARE(cli.run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 2); // not logged in
        QCOMPARE(
            cli.login(primary.url().toString(), QStringLiteral("codes"), QStringLiteral("wrong"))
                .exitCode,
            3);
        QCOMPARE(cli.login(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("codes"),
                           QStringLiteral("pw"))
                     .exitCode,
                 4);
        QCOMPARE(cli.login(QStringLiteral("http://example.org"), QStringLiteral("codes"),
                           QStringLiteral("pw"))
                     .exitCode,
                 2);
        QCOMPARE(cli.login(primary.url().toString(), QStringLiteral("codes"), QStringLiteral("pw"))
                     .exitCode,
                 0);

        // The same site from another machine (another database, another installation ID).
        SatelliteCli other(databasePath(QStringLiteral("codes-other")));
        const auto locked
            = other.login(primary.url().toString(), QStringLiteral("codes"), QStringLiteral("pw"));
        QCOMPARE(locked.exitCode, 8);
        QVERIFY(locked.err.contains("registered to another machine"));

        HttpClient admin(primary.url());
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{\"error500\": 1}").status, 200);
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_ATTEMPTS"), QStringLiteral("2"));
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 5);
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{\"garbage\": 1}").status, 200);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 6);
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{}").status, 200);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);
        const auto history = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
        const QJsonArray runs = QJsonDocument::fromJson(history.out).array();
        QVERIFY(runs.size() >= 4);
        QCOMPARE(runs[0].toObject().value(u"result").toString(), QStringLiteral("ok"));
        QCOMPARE(runs[1].toObject().value(u"result").toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
