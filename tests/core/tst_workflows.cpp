// The pharmacist's day end to end: satellite-cli against a real primary-sim
// over loopback. What she registers and dispenses reaches the primary whole,
// online or not, exactly once; patients of other clinics are found, linked
// and arrive.

#include "HttpClient.h"
#include "PrimaryQueries.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "domain/RecordFields.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using satellite::LocalStore;
using satellite::RecordFields;

namespace {

const QString kClinic = QStringLiteral("demo-clinic");
const QString kNorth = QStringLiteral("north-health-centre");

QJsonObject objectOf(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

} // namespace

class TestWorkflows : public QObject
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

    // An item of the store with stock free to issue, and its batches' Data.
    static QString stockedItemCode(const QString &databasePath, QHash<QString, QByteArray> *batches)
    {
        LocalStore store(databasePath, QStringLiteral("probe"));
        const QString storeId = store.settings.value(QStringLiteral("store_id"));
        for (const auto &item : store.records.ofType(QStringLiteral("item"))) {
            const auto lines
                = store.queries.linkedTo(QStringLiteral("item_line"), item.id, storeId);
            double free = 0;
            for (const auto &line : lines) {
                const RecordFields fields(line.data);
                if (!fields.boolean(QStringLiteral("hold"))
                    && fields.date(QStringLiteral("expiry_date"))
                        > QDate::currentDate().addMonths(1))
                    free += fields.number(QStringLiteral("available"))
                        * fields.number(QStringLiteral("pack_size"));
            }
            if (free >= 50) {
                for (const auto &line : lines)
                    batches->insert(line.id, line.data);
                return RecordFields(item.data).text(QStringLiteral("code"));
            }
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registeredAndDispensedReachesThePrimary()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("small")}),
                 qPrintable(primary.errorString()));
        SatelliteCli cli = cliFor(QStringLiteral("online"));
        QCOMPARE(cli.login(primary.url().toString(), kClinic, QStringLiteral("demo")).exitCode, 0);

        const auto added = cli.run(
            {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first"),
             QStringLiteral("Amina"), QStringLiteral("--last"), QStringLiteral("Okafor"),
             QStringLiteral("--dob"), QStringLiteral("1984-03-09"), QStringLiteral("--gender"),
             QStringLiteral("female"), QStringLiteral("--phone"), QStringLiteral("+255 700 111"),
             QStringLiteral("--nhn"), QStringLiteral("NHN-4455"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString patientId = objectOf(added.out).value(u"id").toString();
        const QString code = objectOf(added.out).value(u"code").toString();
        QVERIFY(!patientId.isEmpty() && !code.isEmpty());
        // The same code again is refused, and nothing is written.
        const auto twice
            = cli.run({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first"),
                       QStringLiteral("X"), QStringLiteral("--code"), code});
        QCOMPARE(twice.exitCode, 9);

        QHash<QString, QByteArray> batchesBefore;
        const QString item = stockedItemCode(cli.databasePath(), &batchesBefore);
        QVERIFY(!item.isEmpty());
        const auto tooMuch
            = cli.run({QStringLiteral("dispense"), QStringLiteral("--patient"), patientId,
                       QStringLiteral("--item"), item + QStringLiteral(":1000000")});
        QCOMPARE(tooMuch.exitCode, 9);
        QVERIFY2(tooMuch.err.contains("available"), tooMuch.err.constData());
        const auto dispensed = cli.run(
            {QStringLiteral("dispense"), QStringLiteral("--patient"), patientId,
             QStringLiteral("--item"), item + QStringLiteral(":12"), QStringLiteral("--directions"),
             item + QStringLiteral(":One tablet twice a day"), QStringLiteral("--json")});
        QVERIFY2(dispensed.exitCode == 0, dispensed.err.constData());
        const QString transactId = objectOf(dispensed.out).value(u"id").toString();

        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        // The patient, with every field RECORDS.md lists.
        const RecordFields name(
            PrimaryQueries::records(primary.url(), QStringLiteral("name")).value(patientId));
        QCOMPARE(name.text(QStringLiteral("type")), QStringLiteral("patient"));
        QCOMPARE(name.text(QStringLiteral("first")), QStringLiteral("Amina"));
        QCOMPARE(name.text(QStringLiteral("last")), QStringLiteral("Okafor"));
        QCOMPARE(name.text(QStringLiteral("name")), QStringLiteral("Okafor, Amina"));
        QCOMPARE(name.text(QStringLiteral("code")), code);
        QCOMPARE(name.date(QStringLiteral("date_of_birth")), QDate(1984, 3, 9));
        QVERIFY(name.boolean(QStringLiteral("female")));
        QCOMPARE(name.text(QStringLiteral("phone")), QStringLiteral("+255 700 111"));
        QCOMPARE(name.text(QStringLiteral("national_health_number")), QStringLiteral("NHN-4455"));
        QVERIFY(name.boolean(QStringLiteral("customer")));
        LocalStore local(cli.databasePath(), QStringLiteral("check"));
        const QString storeId = local.settings.value(QStringLiteral("store_id"));
        QCOMPARE(name.text(QStringLiteral("supplying_store_id")), storeId);
        // Visible in the demo store on the primary.
        bool joined = false;
        for (const QByteArray &data :
             PrimaryQueries::records(primary.url(), QStringLiteral("name_store_join"))) {
            const RecordFields join(data);
            joined |= join.text(QStringLiteral("name_ID")) == patientId
                && join.text(QStringLiteral("store_ID")) == storeId
                && !join.boolean(QStringLiteral("inactive"));
        }
        QVERIFY(joined);

        // The prescription, as RECORDS.md says a dispensing writes it.
        const RecordFields transact(
            PrimaryQueries::records(primary.url(), QStringLiteral("transact")).value(transactId));
        QCOMPARE(transact.text(QStringLiteral("type")), QStringLiteral("ci"));
        QCOMPARE(transact.text(QStringLiteral("mode")), QStringLiteral("dispensary"));
        QCOMPARE(transact.text(QStringLiteral("status")), QStringLiteral("fn"));
        QCOMPARE(transact.text(QStringLiteral("name_ID")), patientId);
        QCOMPARE(transact.text(QStringLiteral("store_ID")), storeId);
        QCOMPARE(transact.text(QStringLiteral("user_ID")),
                 local.settings.value(QStringLiteral("user_id")));
        QVERIFY(transact.number(QStringLiteral("invoice_num")) > 0);
        QCOMPARE(transact.date(QStringLiteral("confirm_date")), QDate::currentDate());
        QVERIFY(transact.has(QStringLiteral("confirm_time"))
                && transact.has(QStringLiteral("entry_time")));
        double linesTotal = 0;
        double unitsIssued = 0;
        QStringList issuedFrom;
        for (const QByteArray &data :
             PrimaryQueries::records(primary.url(), QStringLiteral("trans_line"))) {
            const RecordFields line(data);
            if (line.text(QStringLiteral("transaction_ID")) != transactId)
                continue;
            QCOMPARE(line.text(QStringLiteral("type")), QStringLiteral("stock_out"));
            QCOMPARE(line.text(QStringLiteral("note")), QStringLiteral("One tablet twice a day"));
            QVERIFY(line.number(QStringLiteral("line_number")) >= 1);
            QCOMPARE(line.number(QStringLiteral("price_extension")),
                     line.number(QStringLiteral("quantity"))
                         * line.number(QStringLiteral("sell_price")));
            linesTotal += line.number(QStringLiteral("price_extension"));
            unitsIssued += line.number(QStringLiteral("quantity"))
                * line.number(QStringLiteral("pack_size"));
            issuedFrom.append(line.text(QStringLiteral("item_line_ID")));
        }
        QCOMPARE(unitsIssued, 12.0);
        QVERIFY(qFuzzyCompare(transact.number(QStringLiteral("total")) + 1, linesTotal + 1));

        // The batches keep every field they had; only the stock figures changed.
        const auto primaryBatches
            = PrimaryQueries::records(primary.url(), QStringLiteral("item_line"));
        const QStringList stockFigures = {QStringLiteral("available"), QStringLiteral("quantity"),
                                          QStringLiteral("stock_on_hand_tot")};
        for (const QString &batchId : std::as_const(issuedFrom)) {
            const QJsonObject before = objectOf(batchesBefore.value(batchId));
            const QJsonObject after = objectOf(primaryBatches.value(batchId));
            QCOMPARE(after.keys(), before.keys());
            for (const QString &key : before.keys()) {
                if (!stockFigures.contains(key))
                    QCOMPARE(after.value(key), before.value(key));
            }
            QVERIFY(
                RecordFields(primaryBatches.value(batchId)).number(QStringLiteral("quantity"))
                < RecordFields(batchesBefore.value(batchId)).number(QStringLiteral("quantity")));
        }

        // The primary's history of the patient lists the dispensing.
        auto client = PrimaryQueries::siteClient(primary.url(), kClinic, QStringLiteral("demo"));
        const auto history = client->get(QStringLiteral("/sync/v4/patient_history"),
                                         QUrlQuery{{QStringLiteral("id"), patientId}});
        QCOMPARE(history.status, 200);
        QCOMPARE(history.array().size(), 1);
        QCOMPARE(history.array().first().toObject().value(u"transLines").toArray().size(),
                 issuedFrom.size());
        // And the satellite shows it once, merged with its own.
        const auto shown = cli.run({QStringLiteral("patient"), QStringLiteral("show"), patientId,
                                    QStringLiteral("--history"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(objectOf(shown.out).value(u"history").toArray().size(), issuedFrom.size());
    }

    void offlineWorkGoesOutOnceAndPatientsOfOtherClinicsArrive()
    {
        QTemporaryDir data;
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--demo"), QStringLiteral("small"),
                                QStringLiteral("--data"), data.path()}),
                 qPrintable(primary.errorString()));
        const QString port = QString::number(primary.url().port());

        // A patient registered at another clinic.
        SatelliteCli north = cliFor(QStringLiteral("north"));
        QCOMPARE(north.login(primary.url().toString(), kNorth, QStringLiteral("north")).exitCode,
                 0);
        const auto registered = north.run({QStringLiteral("patient"), QStringLiteral("add"),
                                           QStringLiteral("--first"), QStringLiteral("Baraka"),
                                           QStringLiteral("--last"), QStringLiteral("Mwangaza"),
                                           QStringLiteral("--json")});
        QCOMPARE(registered.exitCode, 0);
        const QString farPatient = objectOf(registered.out).value(u"id").toString();
        QCOMPARE(north.run({QStringLiteral("sync")}).exitCode, 0);

        SatelliteCli cli = cliFor(QStringLiteral("offline"));
        QCOMPARE(cli.login(primary.url().toString(), kClinic, QStringLiteral("demo")).exitCode, 0);
        const auto local = cli.run({QStringLiteral("patient"), QStringLiteral("find"),
                                    QStringLiteral("mwangaza baraka"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(local.out).array().size(), 0); // not visible here
        const auto found = cli.run({QStringLiteral("patient"), QStringLiteral("find"),
                                    QStringLiteral("mwangaza baraka"), QStringLiteral("--remote"),
                                    QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonArray remote = QJsonDocument::fromJson(found.out).array();
        QCOMPARE(remote.size(), 1);
        QCOMPARE(remote.first().toObject().value(u"id").toString(), farPatient);
        QCOMPARE(remote.first().toObject().value(u"source").toString(), QStringLiteral("primary"));

        // The line goes down: every workflow still works.
        QCOMPARE(primary.stop(), 0);
        const auto linked
            = cli.run({QStringLiteral("patient"), QStringLiteral("link"), farPatient});
        QVERIFY2(linked.exitCode == 0, linked.err.constData());
        QVERIFY2(linked.err.contains("next sync"), linked.err.constData());
        QHash<QString, QByteArray> batches;
        const QString item = stockedItemCode(cli.databasePath(), &batches);
        const auto dispensed = cli.run({QStringLiteral("dispense"), QStringLiteral("--patient"),
                                        farPatient, QStringLiteral("--item"),
                                        item + QStringLiteral(":3"), QStringLiteral("--json")});
        QVERIFY2(dispensed.exitCode == 0, dispensed.err.constData());
        const QString transactId = objectOf(dispensed.out).value(u"id").toString();
        const auto added = cli.run({QStringLiteral("patient"), QStringLiteral("add"),
                                    QStringLiteral("--first"), QStringLiteral("Offline"),
                                    QStringLiteral("--last"), QStringLiteral("Person")});
        QCOMPARE(added.exitCode, 0);
        const QString batchNumber
            = RecordFields(batches.begin().value()).text(QStringLiteral("batch"));
        const double onHand
            = RecordFields(batches.begin().value()).number(QStringLiteral("quantity"))
            * RecordFields(batches.begin().value()).number(QStringLiteral("pack_size"));
        const auto counted = cli.run({QStringLiteral("count"), QStringLiteral("--item"), item,
                                      QStringLiteral("--batch"), batchNumber,
                                      QStringLiteral("--counted"), QString::number(onHand + 7),
                                      QStringLiteral("--reason"), QStringLiteral("Found")});
        QVERIFY2(counted.exitCode == 0, counted.err.constData());
        const auto history = cli.run({QStringLiteral("patient"), QStringLiteral("show"), farPatient,
                                      QStringLiteral("--history")});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.err.contains("cannot be reached"), history.err.constData());
        {
            LocalStore store(cli.databasePath(), QStringLiteral("offline-check"));
            QCOMPARE(store.pendingCalls.count(), 1);
        }

        // The line comes back: the link first, then every record, once.
        PrimarySimProcess again;
        QVERIFY2(
            again.start({QStringLiteral("--data"), data.path(), QStringLiteral("--port"), port}),
            qPrintable(again.errorString()));
        const auto synced = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        {
            LocalStore store(cli.databasePath(), QStringLiteral("online-check"));
            QCOMPARE(store.pendingCalls.count(), 0);
            QCOMPARE(store.outgoing.count(), 0);
            bool visible = false;
            for (const auto &join :
                 store.queries.linkedTo(QStringLiteral("name_store_join"), farPatient,
                                        store.settings.value(QStringLiteral("store_id"))))
                visible |= !RecordFields(join.data).boolean(QStringLiteral("inactive"));
            QVERIFY2(visible, "the join the primary made arrives with the pull");
        }
        QVERIFY(
            PrimaryQueries::records(again.url(), QStringLiteral("transact")).contains(transactId));
        const auto secondSync = cli.run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(objectOf(secondSync.out).value(u"pushed").toInt(), 0);
        // One join of the far patient in the demo store: the call was made once.
        int joins = 0;
        for (const QByteArray &join :
             PrimaryQueries::records(again.url(), QStringLiteral("name_store_join")))
            joins += RecordFields(join).text(QStringLiteral("name_ID")) == farPatient ? 1 : 0;
        QCOMPARE(joins, 2); // north's own, and the demo clinic's
    }
};

QTEST_GUILESS_MAIN(TestWorkflows)
#include "tst_workflows.moc"
