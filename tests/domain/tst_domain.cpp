// The pharmacist's rules in core/domain, each on a database of its own:
// first expiry first out, expired and held batches, no negative stock,
// fractional packs, drafts, receiving once, counts up and down, invoice
// numbers, patient codes and search.

#include "domain/Batch.h"
#include "domain/DateText.h"
#include "domain/Dispensing.h"
#include "domain/GoodsReceipt.h"
#include "domain/PatientHistory.h"
#include "domain/PatientRegistry.h"
#include "domain/RecordFields.h"
#include "domain/RecordPatch.h"
#include "domain/StockCount.h"
#include "domain/WireValue.h"
#include "domain/WorkRefusal.h"
#include "store/LocalStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace satellite;

namespace {

const QString kStore = QStringLiteral("STORE1");
const QString kOtherStore = QStringLiteral("STORE2");

QByteArray batchData(const QString &id, const QString &item, const QString &batch,
                     const QString &expiry, double packs, double packSize, bool hold = false,
                     const QString &store = kStore)
{
    return RecordPatch()
        .set(QStringLiteral("ID"), WireValue::text(id))
        .set(QStringLiteral("item_ID"), WireValue::text(item))
        .set(QStringLiteral("store_ID"), WireValue::text(store))
        .set(QStringLiteral("batch"), WireValue::text(batch))
        .set(QStringLiteral("expiry_date"), WireValue::text(expiry))
        .set(QStringLiteral("available"), WireValue::number(packs))
        .set(QStringLiteral("quantity"), WireValue::number(packs))
        .set(QStringLiteral("stock_on_hand_tot"), WireValue::number(packs * packSize))
        .set(QStringLiteral("pack_size"), WireValue::number(packSize))
        .set(QStringLiteral("hold"), WireValue::boolean(hold))
        .set(QStringLiteral("sell_price"), WireValue::number(2))
        .set(QStringLiteral("cost_price"), WireValue::number(1))
        .set(QStringLiteral("user_1"), WireValue::text(QStringLiteral("kept as it came")))
        .appliedTo("{}");
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    WorkContext m_context;
    int m_databases = 0;
    QString m_patient;

    void put(const QString &type, const QString &id, const QByteArray &data)
    {
        QCOMPARE(m_store->records.put(type, id, data), QString());
    }

    Batch batch(const QString &id)
    {
        return Batch::from(*m_store->queries.find(QStringLiteral("item_line"), id));
    }

    Dispensing::Request request(const QString &item, double units)
    {
        Dispensing::Request request;
        request.patientId = m_patient;
        request.lines = {{item, units, {}, {}}};
        return request;
    }

    template<typename Action> QString refusalOf(Action action)
    {
        try {
            action();
        } catch (const WorkRefusal &refusal) {
            return refusal.message();
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_databases;
        m_store = std::make_unique<LocalStore>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_databases)),
            QStringLiteral("domain%1").arg(m_databases));
        m_context = WorkContext{};
        m_context.storeId = kStore;
        m_context.userId = QStringLiteral("USER1");
        m_context.now = [] { return QDateTime(QDate(2026, 11, 30), QTime(10, 15, 30)); };
        put(QStringLiteral("item"), QStringLiteral("AMOX"),
            R"({"ID":"AMOX","code":"AMX250","item_name":"Amoxicillin 250mg"})");
        put(QStringLiteral("item"), QStringLiteral("ORS"),
            R"({"ID":"ORS","code":"ORS1","item_name":"Oral rehydration salts"})");
        put(QStringLiteral("name"), QStringLiteral("INVAD"),
            R"({"ID":"INVAD","name":"Inventory adjustments","type":"invad"})");
        put(QStringLiteral("options"), QStringLiteral("FOUND"),
            R"({"ID":"FOUND","type":"positiveInventoryAdjustment","title":"Found","isActive":true})");
        put(QStringLiteral("options"), QStringLiteral("DAMAGED"),
            R"({"ID":"DAMAGED","type":"negativeInventoryAdjustment","title":"Damaged","isActive":"true"})");
        PatientDetails details;
        details.first = QStringLiteral("Ana");
        details.last = QStringLiteral("Silva");
        details.nationalHealthNumber = QStringLiteral("NHN-77");
        details.dateOfBirth = QDate(1990, 2, 3);
        m_patient = PatientRegistry(*m_store, m_context).add(details).id;
    }

    void cleanup() { m_store.reset(); }

    void firstExpiryFirstOut()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B-LATE"),
            batchData(QStringLiteral("B-LATE"), QStringLiteral("AMOX"), QStringLiteral("LATE"),
                      QStringLiteral("2027-06-01T00:00:00"), 100, 1));
        put(QStringLiteral("item_line"), QStringLiteral("B-NONE"),
            batchData(QStringLiteral("B-NONE"), QStringLiteral("AMOX"), QStringLiteral("NONE"),
                      QStringLiteral("0000-00-00T00:00:00"), 100, 1));
        put(QStringLiteral("item_line"), QStringLiteral("B-SOON"),
            batchData(QStringLiteral("B-SOON"), QStringLiteral("AMOX"), QStringLiteral("SOON"),
                      QStringLiteral("2026-12-15"), 10, 1));
        const auto plan
            = Dispensing(*m_store, m_context).plan(request(QStringLiteral("AMX250"), 15));
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan[0].issues.size(), 2);
        QCOMPARE(plan[0].issues[0].batch.id, QStringLiteral("B-SOON"));
        QCOMPARE(plan[0].issues[0].units, 10.0);
        QCOMPARE(plan[0].issues[1].batch.id, QStringLiteral("B-LATE"));
        QCOMPARE(plan[0].issues[1].units, 5.0);

        const auto result
            = Dispensing(*m_store, m_context).save(request(QStringLiteral("AMX250"), 15));
        QCOMPARE(result.total, 30.0);
        QCOMPARE(batch(QStringLiteral("B-SOON")).onHand, 0.0);
        QCOMPARE(batch(QStringLiteral("B-LATE")).onHand, 95.0);
        QCOMPARE(batch(QStringLiteral("B-LATE")).available, 95.0);
        QCOMPARE(batch(QStringLiteral("B-NONE")).onHand, 100.0);
        // What a dispensing writes (RECORDS.md).
        const RecordFields transact(
            *m_store->records.data(QStringLiteral("transact"), result.transactId));
        QCOMPARE(transact.text(QStringLiteral("type")), QStringLiteral("ci"));
        QCOMPARE(transact.text(QStringLiteral("mode")), QStringLiteral("dispensary"));
        QCOMPARE(transact.text(QStringLiteral("status")), QStringLiteral("fn"));
        QCOMPARE(transact.text(QStringLiteral("name_ID")), m_patient);
        QCOMPARE(transact.text(QStringLiteral("store_ID")), kStore);
        QCOMPARE(transact.text(QStringLiteral("user_ID")), QStringLiteral("USER1"));
        QCOMPARE(transact.text(QStringLiteral("confirm_date")),
                 QStringLiteral("2026-11-30T00:00:00"));
        QCOMPARE(transact.text(QStringLiteral("confirm_time")), QStringLiteral("10:15:30"));
        QCOMPARE(transact.number(QStringLiteral("total")), 30.0);
        const auto lines
            = m_store->queries.linkedTo(QStringLiteral("trans_line"), result.transactId);
        QCOMPARE(lines.size(), 2);
        const RecordFields first(lines[0].data);
        QCOMPARE(first.text(QStringLiteral("type")), QStringLiteral("stock_out"));
        QCOMPARE(first.text(QStringLiteral("item_line_ID")), QStringLiteral("B-SOON"));
        QCOMPARE(first.number(QStringLiteral("quantity")), 10.0);
        QCOMPARE(first.number(QStringLiteral("price_extension")), 20.0);
        // The batch keeps every field it had, only the stock figures changed.
        const RecordFields late(
            *m_store->records.data(QStringLiteral("item_line"), QStringLiteral("B-LATE")));
        QCOMPARE(late.text(QStringLiteral("user_1")), QStringLiteral("kept as it came"));
        QCOMPARE(late.text(QStringLiteral("expiry_date")), QStringLiteral("2027-06-01T00:00:00"));
        QCOMPARE(late.number(QStringLiteral("stock_on_hand_tot")), 95.0);
        // Every record of the action waits to go out.
        QCOMPARE(m_store->outgoing.count(),
                 2 + 1 + 2 + 2); // patient + join, transact, lines, batches
    }

    void expiredAndHeldBatchesNeedAReason()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B-OLD"),
            batchData(QStringLiteral("B-OLD"), QStringLiteral("AMOX"), QStringLiteral("OLD"),
                      QStringLiteral("2026-11-29"), 50, 1));
        put(QStringLiteral("item_line"), QStringLiteral("B-HOLD"),
            batchData(QStringLiteral("B-HOLD"), QStringLiteral("AMOX"), QStringLiteral("HOLD"),
                      QStringLiteral("2027-01-01"), 50, 1, true));
        put(QStringLiteral("item_line"), QStringLiteral("B-GOOD"),
            batchData(QStringLiteral("B-GOOD"), QStringLiteral("AMOX"), QStringLiteral("GOOD"),
                      QStringLiteral("2026-11-30"), 5, 1)); // expires today: still usable
        const qint64 waiting = m_store->outgoing.count();
        const QString refusal = refusalOf(
            [&] { Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 20)); });
        QVERIFY2(refusal.contains(QStringLiteral("5 available")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("100 more units are expired or on hold")),
                 qPrintable(refusal));
        QCOMPARE(m_store->outgoing.count(), waiting); // nothing written
        QCOMPARE(batch(QStringLiteral("B-GOOD")).onHand, 5.0);

        Dispensing::Request picked = request(QStringLiteral("AMOX"), 10);
        picked.lines[0].batch = QStringLiteral("HOLD");
        QVERIFY(refusalOf([&] {
                    Dispensing(*m_store, m_context).save(picked);
                }).contains(QStringLiteral("on hold")));
        picked.overrideReason = QStringLiteral("Hold lifted by the pharmacist in charge");
        Dispensing(*m_store, m_context).save(picked);
        QCOMPARE(batch(QStringLiteral("B-HOLD")).onHand, 40.0);

        Dispensing::Request withOverride = request(QStringLiteral("AMOX"), 20);
        withOverride.overrideReason = QStringLiteral("Outbreak: no other stock");
        const auto plan = Dispensing(*m_store, m_context).plan(withOverride);
        QCOMPARE(plan[0].issues.first().batch.id, QStringLiteral("B-OLD")); // earliest expiry
    }

    // An expiry reads the same in every country: "4/12/27" is 12 April to
    // some and 4 December to most.
    void datesNameTheirMonth()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QLocale().toString(QDate(2027, 4, 12), QLocale::ShortFormat),
                 QStringLiteral("4/12/27")); // what the short form says there
        QCOMPARE(DateText::of(QDate(2027, 4, 12)), QStringLiteral("12 Apr 2027"));
        QCOMPARE(DateText::of(QDateTime(QDate(2027, 4, 12), QTime(15, 5))),
                 QStringLiteral("12 Apr 2027 ")
                     + QLocale().toString(QTime(15, 5), QLocale::ShortFormat));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(DateText::of(QDate(2027, 4, 12)), QStringLiteral("12 avr. 2027"));
        QCOMPARE(DateText::of(QDate()), QString());
        QLocale::setDefault(before);
    }

    void stockNeverGoesBelowZero()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 30, 1));
        Dispensing::Request two = request(QStringLiteral("AMOX"), 20);
        two.lines.append({QStringLiteral("AMOX"), 20, {}, {}}); // the same item twice
        const QString refusal = refusalOf([&] { Dispensing(*m_store, m_context).save(two); });
        QVERIFY2(refusal.contains(QStringLiteral("10 available")), qPrintable(refusal));
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 30.0);
        Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 30));
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 0.0);
        QVERIFY(!refusalOf([&] {
                     Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 1));
                 }).isEmpty());
        QVERIFY(refusalOf([&] {
                    Dispensing(*m_store, m_context).save(request(QStringLiteral("NOPE"), 1));
                }).contains(QStringLiteral("no item")));
    }

    void fractionalPackSizes()
    {
        put(QStringLiteral("item_line"), QStringLiteral("BF"),
            batchData(QStringLiteral("BF"), QStringLiteral("ORS"), QStringLiteral("F1"),
                      QStringLiteral("2027-01-01"), 4, 2.5)); // 10 units
        const auto result
            = Dispensing(*m_store, m_context).save(request(QStringLiteral("ORS1"), 5));
        const Batch after = batch(QStringLiteral("BF"));
        QCOMPARE(after.onHand, 2.0);
        QCOMPARE(after.available, 2.0);
        QCOMPARE(RecordFields(after.data).number(QStringLiteral("stock_on_hand_tot")), 5.0);
        const auto lines
            = m_store->queries.linkedTo(QStringLiteral("trans_line"), result.transactId);
        QCOMPARE(RecordFields(lines[0].data).number(QStringLiteral("quantity")), 2.0);
        QCOMPARE(result.total, 4.0); // 2 packs x 2
        // 1 unit is 0.4 of a pack.
        Dispensing(*m_store, m_context).save(request(QStringLiteral("ORS1"), 1));
        QVERIFY(qFuzzyCompare(batch(QStringLiteral("BF")).onHand, 1.6));
        QVERIFY(refusalOf([&] {
                    Dispensing(*m_store, m_context).save(request(QStringLiteral("ORS1"), 4.5));
                }).contains(QStringLiteral("4 available")));
    }

    void draftTakesAvailableThenOnHand()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 30, 1));
        Dispensing::Request draft = request(QStringLiteral("AMOX"), 10);
        draft.draft = true;
        const auto kept = Dispensing(*m_store, m_context).save(draft);
        QCOMPARE(batch(QStringLiteral("B1")).available, 20.0);
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 30.0);
        // Replaced with 25: the draft's own 10 count as free again.
        draft.draftId = kept.transactId;
        draft.lines[0].units = 25;
        const auto replaced = Dispensing(*m_store, m_context).save(draft);
        QCOMPARE(replaced.invoiceNumber, kept.invoiceNumber);
        QCOMPARE(batch(QStringLiteral("B1")).available, 5.0);
        QCOMPARE(m_store->queries.linkedTo(QStringLiteral("trans_line"), kept.transactId).size(),
                 1);
        Dispensing(*m_store, m_context).finalise(kept.transactId);
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 5.0);
        QCOMPARE(batch(QStringLiteral("B1")).available, 5.0);
        QVERIFY(refusalOf([&] {
                    Dispensing(*m_store, m_context).finalise(kept.transactId);
                }).contains(QStringLiteral("finalised")));
    }

    void receiveExactlyOnce()
    {
        put(QStringLiteral("transact"), QStringLiteral("SI1"),
            R"({"ID":"SI1","type":"si","status":"cn","store_ID":"STORE1","name_ID":"SUPPLIER","invoice_num":"7","their_ref":"PO-1"})");
        put(QStringLiteral("trans_line"), QStringLiteral("L1"),
            R"({"ID":"L1","transaction_ID":"SI1","type":"stock_in","item_ID":"AMOX","item_name":"Amoxicillin 250mg","batch":"NEW1","expiry_date":"2028-01-31T00:00:00","pack_size":"10","quantity":"5","cost_price":"3","sell_price":"4","item_line_ID":""})");
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 30, 1));
        put(QStringLiteral("trans_line"), QStringLiteral("L2"),
            R"({"ID":"L2","transaction_ID":"SI1","type":"stock_in","item_ID":"AMOX","batch":"B1","pack_size":"1","quantity":"20","cost_price":"1","item_line_ID":"B1"})");
        GoodsReceipt receipt(*m_store, m_context);
        QCOMPARE(receipt.waiting(), QStringList{QStringLiteral("SI1")});
        GoodsReceipt::Correction fewer;
        fewer.lineId = QStringLiteral("L1");
        fewer.packs = 4;
        fewer.expiry = QDate(2028, 2, 29);
        const auto result = receipt.receive(QStringLiteral("SI1"), {fewer});
        QCOMPARE(result.linesReceived, 2);
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 50.0); // added to the batch it names
        const RecordFields line(
            *m_store->records.data(QStringLiteral("trans_line"), QStringLiteral("L1")));
        const Batch created = batch(line.text(QStringLiteral("item_line_ID")));
        QCOMPARE(created.onHand, 4.0);
        QCOMPARE(created.available, 4.0);
        QCOMPARE(created.packSize, 10.0);
        QCOMPARE(created.expiry, QDate(2028, 2, 29));
        QCOMPARE(RecordFields(created.data).text(QStringLiteral("store_ID")), kStore);
        QCOMPARE(RecordFields(created.data).text(QStringLiteral("name_ID")),
                 QStringLiteral("SUPPLIER"));
        QCOMPARE(
            RecordFields(*m_store->records.data(QStringLiteral("transact"), QStringLiteral("SI1")))
                .text(QStringLiteral("status")),
            QStringLiteral("fn"));
        QVERIFY(receipt.waiting().isEmpty());
        QVERIFY(refusalOf([&] {
                    receipt.receive(QStringLiteral("SI1"));
                }).contains(QStringLiteral("already")));
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 50.0);
        QCOMPARE(m_store->records.count(QStringLiteral("item_line")), 2);
    }

    void countAdjustsUpAndDown()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 30, 2)); // 60 units
        StockCount count(*m_store, m_context);
        QCOMPARE(count.findBatch(QStringLiteral("amx250"), QStringLiteral("B1")),
                 QStringLiteral("B1"));
        QVERIFY(refusalOf([&] {
                    count.record({{QStringLiteral("B1"), 70, QStringLiteral("Damaged")}});
                }).contains(QStringLiteral("Found")));
        const auto up = count.record({{QStringLiteral("B1"), 70, QStringLiteral("found")}});
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 35.0);
        QCOMPARE(batch(QStringLiteral("B1")).available, 35.0);
        const RecordFields adjustment(
            *m_store->records.data(QStringLiteral("transact"), up.adjustmentId));
        QCOMPARE(adjustment.text(QStringLiteral("type")), QStringLiteral("in"));
        QCOMPARE(adjustment.text(QStringLiteral("name_ID")), QStringLiteral("INVAD"));
        const auto upLines
            = m_store->queries.linkedTo(QStringLiteral("trans_line"), up.adjustmentId);
        QCOMPARE(RecordFields(upLines[0].data).text(QStringLiteral("type")),
                 QStringLiteral("stock_in"));
        QCOMPARE(RecordFields(upLines[0].data).number(QStringLiteral("quantity")), 5.0);
        QCOMPARE(RecordFields(upLines[0].data).text(QStringLiteral("optionID")),
                 QStringLiteral("FOUND"));

        const auto down = count.record({{QStringLiteral("B1"), 50, QStringLiteral("DAMAGED")}});
        QCOMPARE(batch(QStringLiteral("B1")).onHand, 25.0);
        const auto downLines
            = m_store->queries.linkedTo(QStringLiteral("trans_line"), down.adjustmentId);
        QCOMPARE(RecordFields(downLines[0].data).text(QStringLiteral("type")),
                 QStringLiteral("stock_out"));
        QCOMPARE(down.invoiceNumber, up.invoiceNumber + 1);
        QVERIFY(count.record({{QStringLiteral("B1"), 50, {}}}).adjustmentId.isEmpty()); // matches
        QVERIFY(refusalOf([&] {
                    count.record({{QStringLiteral("B1"), -1, QStringLiteral("Damaged")}});
                }).contains(QStringLiteral("negative")));
    }

    void invoiceNumbersAreNeverReused()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 100, 1));
        // A number the primary gave this store's prescriptions.
        put(QStringLiteral("transact"), QStringLiteral("OLD"),
            R"({"ID":"OLD","type":"ci","store_ID":"STORE1","invoice_num":"41"})");
        put(QStringLiteral("transact"), QStringLiteral("ELSEWHERE"),
            R"({"ID":"ELSEWHERE","type":"ci","store_ID":"STORE2","invoice_num":"900"})");
        const auto first = Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 1));
        QCOMPARE(first.invoiceNumber, 42);
        // The invoice goes (deleted by the primary, say); its number stays taken.
        m_store->records.remove(QStringLiteral("transact"), first.transactId);
        // A crash: the connection goes without a word, a new one opens.
        const QString path = m_store->db.path();
        m_store.reset();
        m_store = std::make_unique<LocalStore>(path, QStringLiteral("reopened"));
        // An action that fails takes no number.
        QVERIFY(!refusalOf([&] {
                     Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 1000));
                 }).isEmpty());
        QCOMPARE(
            Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 1)).invoiceNumber,
            43);
    }

    void patientCodesAreUnique()
    {
        PatientRegistry registry(*m_store, m_context);
        const QString proposed = registry.proposeCode();
        PatientDetails details;
        details.first = QStringLiteral("Bo");
        details.last = QStringLiteral("Lee");
        const auto saved = registry.add(details);
        QCOMPARE(saved.code, proposed);
        QVERIFY(registry.proposeCode() != proposed);
        details.code = proposed.toLower();
        QVERIFY(refusalOf([&] { registry.add(details); }).contains(QStringLiteral("already used")));
        details.code = QStringLiteral("CUSTOM-1");
        registry.add(details);
        // Editing a patient keeps its own code without complaint.
        PatientDetails edit;
        edit.code = proposed;
        edit.phone = QStringLiteral("555 0101");
        registry.edit(saved.id, edit);
        QCOMPARE(registry.find(saved.id)->phone, QStringLiteral("555 0101"));
        edit.code = QStringLiteral("CUSTOM-1");
        QVERIFY(refusalOf([&] {
                    registry.edit(saved.id, edit);
                }).contains(QStringLiteral("already used")));
        // A patient of another clinic is changed there.
        put(QStringLiteral("name"), QStringLiteral("FAR"),
            R"({"ID":"FAR","type":"patient","name":"Far, Away","supplying_store_id":"STORE2"})");
        QVERIFY(refusalOf([&] {
                    registry.edit(QStringLiteral("FAR"), edit);
                }).contains(QStringLiteral("another clinic")));
    }

    void patientsAreFoundInAnyWordOrder()
    {
        PatientRegistry registry(*m_store, m_context);
        PatientDetails other;
        other.first = QStringLiteral("Marta");
        other.last = QStringLiteral("Silvano");
        registry.add(other);
        auto names = [&](const QString &text) {
            QStringList found;
            for (const Patient &patient : registry.search(text))
                found.append(patient.name);
            return found;
        };
        QCOMPARE(names(QStringLiteral("ana silva")), QStringList{QStringLiteral("Silva, Ana")});
        QCOMPARE(names(QStringLiteral("Silva Ana")), QStringList{QStringLiteral("Silva, Ana")});
        QCOMPARE(names(QStringLiteral("silva")).size(), 2); // Silva, and Silvano
        QCOMPARE(names(QStringLiteral("NHN-77")), QStringList{QStringLiteral("Silva, Ana")});
        QCOMPARE(names(QStringLiteral("1990-02-03")), QStringList{QStringLiteral("Silva, Ana")});
        QCOMPARE(names(QStringLiteral("marta 1990-02-03")), QStringList());
        const QString code = registry.find(m_patient)->code;
        QCOMPARE(names(code), QStringList{QStringLiteral("Silva, Ana")});
        QCOMPARE(names(QStringLiteral("100%")), QStringList()); // LIKE wildcards are text
    }

    void patientsOfOtherStoresAreLinkedOnce()
    {
        put(QStringLiteral("name"), QStringLiteral("FAR"),
            R"({"ID":"FAR","type":"patient","name":"Far, Away","supplying_store_id":"STORE2"})");
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 100, 1));
        Dispensing::Request toFar = request(QStringLiteral("AMOX"), 1);
        toFar.patientId = QStringLiteral("FAR");
        QVERIFY(Dispensing(*m_store, m_context).save(toFar).linkQueued);
        QVERIFY(!Dispensing(*m_store, m_context).save(toFar).linkQueued); // queued already
        QCOMPARE(m_store->pendingCalls.count(), 1);
        // Made: until a pull brings the join, dispensing again asks nothing more.
        m_store->pendingCalls.done(m_store->pendingCalls.waiting().first().seq);
        QCOMPARE(m_store->pendingCalls.count(), 0);
        QVERIFY(!Dispensing(*m_store, m_context).save(toFar).linkQueued);
        QCOMPARE(m_store->pendingCalls.count(), 0);
        // Our own patient has its join: nothing to ask.
        QVERIFY(
            !Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 1)).linkQueued);
        QVERIFY(PatientRegistry(*m_store, m_context).isVisibleHere(m_patient));
    }

    void recordPatchKeepsEveryOtherByte()
    {
        const QByteArray data
            = "{ \"ID\" : \"X\",\n \"quantity\": 12, "
              "\"odd\":[1,{\"a\":\"}\"}],\"big\":123456789012345678901234567890 }";
        const QByteArray patched
            = RecordPatch()
                  .set(QStringLiteral("quantity"), WireValue::number(7.25))
                  .set(QStringLiteral("new"), WireValue::text(QStringLiteral("é\"")))
                  .appliedTo(data);
        QCOMPARE(patched,
                 QByteArray("{ \"ID\" : \"X\",\n \"quantity\": \"7.25\", "
                            "\"odd\":[1,{\"a\":\"}\"}],\"big\":123456789012345678901234567890 "
                            ",\"new\":\"é\\\"\"}"));
        QCOMPARE(RecordPatch().set(QStringLiteral("a"), WireValue::boolean(true)).appliedTo("{}"),
                 QByteArray("{\"a\":\"true\"}"));
        QCOMPARE(WireValue::number(1e7), QByteArray("\"10000000\""));
        QCOMPARE(WireValue::number(-0.0000000000001), QByteArray("\"0\""));
        QCOMPARE(WireValue::date(QDate(2026, 1, 2)), QByteArray("\"2026-01-02T00:00:00\""));
    }

    void historyMergesWithoutDuplicates()
    {
        put(QStringLiteral("item_line"), QStringLiteral("B1"),
            batchData(QStringLiteral("B1"), QStringLiteral("AMOX"), QStringLiteral("B1"),
                      QStringLiteral("2027-01-01"), 100, 1));
        put(QStringLiteral("store"), kStore, R"({"ID":"STORE1","name":"Demo Clinic"})");
        const auto saved = Dispensing(*m_store, m_context).save(request(QStringLiteral("AMOX"), 3));
        const QString lineId
            = m_store->queries.linkedTo(QStringLiteral("trans_line"), saved.transactId).first().id;
        const QByteArray primary
            = "[{\"confirm_date\":\"2026-11-30\",\"store\":{\"name\":\"Demo Clinic\"},"
              "\"transLines\":[{\"ID\":\""
            + lineId.toUtf8()
            + "\",\"quantity\":3,\"item_name\":\"Amoxicillin 250mg\"}]},"
              "{\"confirm_date\":\"2025-01-02\",\"store\":{\"name\":\"North\"},\"clinician\":"
              "{\"first_name\":\"Ola\",\"last_name\":\"Dube\"},\"transLines\":[{\"ID\":\"FARLINE\","
              "\"quantity\":\"2.5\",\"item_name\":\"ORS\",\"itemLine\":null}]}]";
        PatientHistory history(*m_store, m_context);
        const auto merged = PatientHistory::merged(history.local(m_patient),
                                                   PatientHistory::fromPrimary(primary));
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged[0].storeName, QStringLiteral("Demo Clinic"));
        QVERIFY(!merged[0].fromPrimary);
        QCOMPARE(merged[0].quantity, 3.0);
        QCOMPARE(merged[1].storeName, QStringLiteral("North"));
        QCOMPARE(merged[1].quantity, 2.5);
        QCOMPARE(merged[1].prescriber, QStringLiteral("Ola Dube"));
        const auto searches
            = PatientHistory::remoteSearches(QStringLiteral("Ana  Silva 1990-02-03"));
        QCOMPARE(searches.size(), 2);
        QCOMPARE(searches[0].queryItemValue(QStringLiteral("dob")), QStringLiteral("03021990"));
        QCOMPARE(searches[1].queryItemValue(QStringLiteral("last_name")), QStringLiteral("@Ana@"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
