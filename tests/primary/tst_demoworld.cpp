#include "DemoJsonWriter.h"
#include "DemoWorld.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using primary::DemoRecord;
using primary::DemoSize;
using primary::DemoStore;
using primary::DemoWorld;

namespace {

constexpr quint64 kSeed = 20261101;
const QString kToday = u"2026-11-01"_s; // DemoGenerator::today(): earlier expiries have passed

bool isId(QStringView text)
{
    if (text.size() != 32)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// digits and separators at fixed places: "9999-99-99T00:00:00", "99:99:99"
bool matchesShape(QStringView text, QStringView shape)
{
    if (text.size() != shape.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shape[i] == u'9' ? !text[i].isDigit() : text[i] != shape[i])
            return false;
    }
    return true;
}

bool isDate(QStringView text)
{
    return matchesShape(text, u"9999-99-99T00:00:00");
}

bool isTime(QStringView text)
{
    return matchesShape(text, u"99:99:99");
}

bool isDateKey(const QString &key)
{
    return key.endsWith(u"_date") || key.startsWith(u"date_", Qt::CaseInsensitive);
}

bool isReferenceKey(const QString &key)
{
    return key == u"ID" || key.endsWith(u"_ID") || key.endsWith(u"_id");
}

qint64 cents(const QString &money)
{
    return qRound64(money.toDouble() * 100);
}

QByteArray worldHash(DemoSize size, quint64 seed, qint64 *count = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 records = 0;
    DemoWorld(size, seed).generate([&](const DemoRecord &record) {
        hash.addData(record.type.toUtf8());
        hash.addData(record.id.toUtf8());
        hash.addData(record.data);
        ++records;
    });
    if (count)
        *count = records;
    return hash.result();
}

// Checks every record as it arrives (so that "exists" also means "came
// earlier": parents before children), and counts what demo-clinic sees under
// the primary-sim's visibility rules.
class WorldChecker
{
public:
    explicit WorldChecker(const QList<DemoStore> &stores)
    {
        m_centralStore = stores.at(0).storeId;
        m_centralName = stores.at(0).nameId;
        m_siteStore = stores.at(1).storeId;
        for (const DemoStore &store : stores.mid(1))
            m_clinicStores.append(store.storeId);
    }

    void add(const DemoRecord &record)
    {
        ++m_total;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(record.data, &error);
        if (!document.isObject()) {
            fail(record, u"does not parse: "_s + error.errorString());
            return;
        }
        const QJsonObject data = document.object();
        if (!checkValues(record, data))
            return;
        if (data.value(u"ID").toString() != record.id)
            fail(record, u"Data.ID differs from the record's id"_s);
        if (!isId(record.id))
            fail(record, u"id is not 32 uppercase hex"_s);
        QSet<QString> &ids = m_ids[record.type];
        if (ids.contains(record.id))
            fail(record, u"duplicate"_s);
        ids.insert(record.id);
        checkReferences(record, data);
        countVisible(record, data);
    }

    // What can only be judged once everything has arrived.
    void finish()
    {
        for (auto it = m_transactions.cbegin(); it != m_transactions.cend(); ++it) {
            if (it->lineCount == 0)
                m_errors.append(u"transact %1 has no lines"_s.arg(it.key()));
            if (it->lineTotal != it->total)
                m_errors.append(u"transact %1: total is not the sum of its lines"_s.arg(it.key()));
            if (it->prescription && it->lineCount > 4)
                m_errors.append(u"prescription %1 has more than 4 lines"_s.arg(it.key()));
            if (!it->status.isEmpty() && (it->lineCount < 2 || it->lineCount > 4))
                m_errors.append(
                    u"invoice on its way %1 has %2 lines"_s.arg(it.key()).arg(it->lineCount));
        }
        // Every clinic awaits goods: one invoice confirmed by the supplier, one new.
        for (const QString &store : std::as_const(m_clinicStores)) {
            QStringList statuses = m_pendingStatuses.value(store);
            statuses.sort();
            if (statuses != QStringList{u"cn"_s, u"nw"_s})
                m_errors.append(u"store %1 awaits invoices %2"_s.arg(store, statuses.join(u',')));
        }
        for (const QString &patient : std::as_const(m_patients)) {
            const int joins = m_joinCount.value(patient);
            if (joins < 1 || joins > 2)
                m_errors.append(u"patient %1 is joined to %2 stores"_s.arg(patient).arg(joins));
            if (m_joinedToSite.contains(patient))
                ++m_visibleByType[u"name"_s];
        }
    }

    QStringList errors() const { return m_errors.mid(0, 10); }
    qint64 total() const { return m_total; }
    const QMap<QString, qint64> &visibleByType() const { return m_visibleByType; }
    qint64 visible() const
    {
        qint64 sum = 0;
        for (const qint64 count : m_visibleByType)
            sum += count;
        return sum;
    }
    // demo-clinic's stock, as the rules of issuing need it: items with usable
    // batches of different expiries (first expiry, first out), expired and held batches.
    int siteItemsWithSeveralExpiries() const
    {
        return int(
            std::count_if(m_siteUsableExpiries.cbegin(), m_siteUsableExpiries.cend(),
                          [](const QSet<QString> &expiries) { return expiries.size() > 1; }));
    }
    int siteExpiredInStock() const { return m_siteExpired; }
    int siteHeldInStock() const { return m_siteHeld; } // not expired
    int sitePendingLines() const { return m_sitePendingLines; }
    int expiredBatches() const { return m_expired; }
    int expiringBatches() const { return m_expiring; }
    int laterBatches() const { return m_later; }

private:
    struct Transaction
    {
        QString store;
        QString date;
        qint64 total = 0;
        qint64 lineTotal = 0;
        int lineCount = 0;
        bool prescription = false;
        QString status; // a supplier invoice on its way: "nw" or "cn"; else empty
    };

    void fail(const DemoRecord &record, const QString &what)
    {
        if (m_errors.size() < 50)
            m_errors.append(u"%1 %2: %3"_s.arg(record.type, record.id, what));
    }

    bool checkValues(const DemoRecord &record, const QJsonObject &data)
    {
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (!it->isString()) {
                fail(record, it.key() + u" is not a string"_s);
                return false;
            }
            const QString key = it.key();
            const QString value = it->toString();
            if (isReferenceKey(key) && !value.isEmpty() && !isId(value))
                fail(record, key + u" is not an ID: "_s + value);
            if (isDateKey(key) && !isDate(value) && value != u"0000-00-00T00:00:00")
                fail(record, key + u" is not a date: "_s + value);
            if (key.endsWith(u"_time") && !isTime(value))
                fail(record, key + u" is not a time: "_s + value);
        }
        return true;
    }

    void requireRecord(const DemoRecord &record, const QJsonObject &data, const QString &key,
                       const QString &type, bool optional = false)
    {
        const QString value = data.value(key).toString();
        if (optional && value.isEmpty())
            return;
        if (!m_ids.value(type).contains(value))
            fail(record, u"%1 %2 is not an earlier %3"_s.arg(key, value, type));
    }

    void checkReferences(const DemoRecord &record, const QJsonObject &data)
    {
        const QString &type = record.type;
        if (type == u"item") {
            requireRecord(record, data, u"unit_ID"_s, u"unit"_s);
            requireRecord(record, data, u"category_ID"_s, u"item_category"_s);
        } else if (type == u"store") {
            requireRecord(record, data, u"name_ID"_s, u"name"_s);
        } else if (type == u"name") {
            if (data.value(u"type").toString() == u"patient")
                m_patients.insert(record.id);
        } else if (type == u"clinician" || type == u"Location") {
            requireRecord(record, data, u"store_ID"_s, u"store"_s);
        } else if (type == u"list_master_line") {
            requireRecord(record, data, u"item_master_ID"_s, u"list_master"_s);
            requireRecord(record, data, u"item_ID"_s, u"item"_s);
        } else if (type == u"list_master_name_join") {
            requireRecord(record, data, u"list_master_ID"_s, u"list_master"_s);
            requireRecord(record, data, u"name_ID"_s, u"name"_s);
        } else if (type == u"item_store_join") {
            requireRecord(record, data, u"item_ID"_s, u"item"_s);
            requireRecord(record, data, u"store_ID"_s, u"store"_s);
        } else if (type == u"name_store_join") {
            checkNameJoin(record, data);
        } else if (type == u"item_line") {
            checkItemLine(record, data);
        } else if (type == u"transact") {
            checkTransaction(record, data);
        } else if (type == u"trans_line") {
            checkTransactionLine(record, data);
        }
    }

    void checkNameJoin(const DemoRecord &record, const QJsonObject &data)
    {
        requireRecord(record, data, u"name_ID"_s, u"name"_s);
        requireRecord(record, data, u"store_ID"_s, u"store"_s);
        const QString name = data.value(u"name_ID").toString();
        const QString store = data.value(u"store_ID").toString();
        ++m_joinCount[name];
        m_joins.insert(name + store);
        if (store == m_centralStore && m_patients.contains(name))
            fail(record, u"a patient joined to the central store"_s);
        if (store == m_siteStore && data.value(u"inactive").toString() == u"false")
            m_joinedToSite.insert(name);
    }

    void checkItemLine(const DemoRecord &record, const QJsonObject &data)
    {
        requireRecord(record, data, u"item_ID"_s, u"item"_s);
        requireRecord(record, data, u"store_ID"_s, u"store"_s);
        requireRecord(record, data, u"location_ID"_s, u"Location"_s, true);
        requireRecord(record, data, u"name_ID"_s, u"name"_s);
        const qint64 quantity = data.value(u"quantity").toString().toLongLong();
        const qint64 packSize = data.value(u"pack_size").toString().toLongLong();
        if (quantity < 0 || packSize < 1
            || data.value(u"stock_on_hand_tot").toString().toLongLong() != quantity * packSize)
            fail(record, u"stock does not add up"_s);
        const QString store = data.value(u"store_ID").toString();
        const QString expiry = data.value(u"expiry_date").toString();
        m_stockBatches.insert(store + data.value(u"item_ID").toString()
                              + data.value(u"batch").toString());
        if (quantity == 0)
            return;
        if (store == m_siteStore) {
            const bool expired = expiry < kToday;
            const bool held = data.value(u"hold").toString() == u"true";
            m_siteExpired += expired;
            m_siteHeld += held && !expired;
            if (!held && !expired)
                m_siteUsableExpiries[data.value(u"item_ID").toString()].insert(expiry);
        }
        // Stock on hand: some expired, some expiring within 3 months, most later.
        if (expiry < kToday)
            ++m_expired;
        else if (expiry < u"2027-02-01")
            ++m_expiring;
        else
            ++m_later;
    }

    void checkTransaction(const DemoRecord &record, const QJsonObject &data)
    {
        requireRecord(record, data, u"name_ID"_s, u"name"_s);
        requireRecord(record, data, u"store_ID"_s, u"store"_s);
        requireRecord(record, data, u"prescriber_ID"_s, u"clinician"_s, true);
        const QString store = data.value(u"store_ID").toString();
        const QString type = data.value(u"type").toString();
        const QString status = data.value(u"status").toString();
        const bool pending = type == u"si" && (status == u"nw" || status == u"cn");
        if (!pending && (status != u"fn" || (type != u"si" && type != u"ci")))
            fail(record, u"not a finalised supplier or customer invoice, nor one on its way"_s);
        if (type == u"si") {
            // Invoices still on their way are numbered after those received.
            const int number = data.value(u"invoice_num").toString().toInt();
            int &last = m_lastSupplierInvoiceNumber[store];
            if (pending ? number <= last : number < 1)
                fail(record, u"invoice_num is not after the received invoices'"_s);
            last = qMax(last, number);
        }
        if (pending) {
            if (!m_clinicStores.contains(store))
                fail(record, u"an invoice on its way to a store that is not a clinic"_s);
            if (data.value(u"name_ID").toString() != m_centralName)
                fail(record, u"an invoice on its way not from the central store"_s);
            if (data.value(u"arrival_date_actual").toString() != u"0000-00-00T00:00:00")
                fail(record, u"an invoice on its way has arrived"_s);
            if ((status == u"nw")
                != (data.value(u"confirm_date").toString() == u"0000-00-00T00:00:00"))
                fail(record, u"confirm_date does not match the status"_s);
            m_pendingStatuses[store].append(status);
        }
        if (type == u"ci") {
            // Invoice numbers go up per store, in date order.
            const int number = data.value(u"invoice_num").toString().toInt();
            int &last = m_lastInvoiceNumber[store];
            if (number <= last)
                fail(record, u"invoice_num does not increase"_s);
            last = number;
        }
        const bool prescription = data.value(u"mode").toString() == u"dispensary";
        const QString party = data.value(u"name_ID").toString();
        if (prescription && (type != u"ci" || !m_patients.contains(party)))
            fail(record, u"a prescription not to a patient"_s);
        if (prescription && !m_joins.contains(party + store))
            fail(record, u"a prescription to a patient not of its store"_s);
        m_transactions.insert(record.id,
                              {store, data.value(u"confirm_date").toString(),
                               cents(data.value(u"total").toString()), 0, 0, prescription,
                               pending ? status : QString()});
    }

    void checkTransactionLine(const DemoRecord &record, const QJsonObject &data)
    {
        requireRecord(record, data, u"item_ID"_s, u"item"_s);
        const auto transaction = m_transactions.find(data.value(u"transaction_ID").toString());
        if (transaction == m_transactions.end()) {
            fail(record, u"transaction_ID is not an earlier transact"_s);
            return;
        }
        if (transaction->status.isEmpty()) {
            requireRecord(record, data, u"item_line_ID"_s, u"item_line"_s);
        } else {
            // Goods on their way: not in stock, so no stock line yet.
            if (!data.value(u"item_line_ID").toString().isEmpty())
                fail(record, u"a line on its way names an item_line"_s);
            if (data.value(u"type").toString() != u"stock_in"
                || data.value(u"expiry_date").toString() <= kToday)
                fail(record, u"a line on its way is not stock_in with a future expiry"_s);
            if (m_stockBatches.contains(transaction->store + data.value(u"item_ID").toString()
                                        + data.value(u"batch").toString()))
                fail(record, u"a batch on its way is in stock already"_s);
            if (transaction->store == m_siteStore)
                ++m_sitePendingLines;
        }
        const qint64 quantity = data.value(u"quantity").toString().toLongLong();
        const qint64 extension = cents(data.value(u"price_extension").toString());
        const QString type = data.value(u"type").toString();
        const QString price
            = data.value(type == u"stock_in" ? u"cost_price" : u"sell_price").toString();
        if (quantity <= 0 || extension != quantity * cents(price))
            fail(record, u"price_extension is not quantity times price"_s);
        if (type == u"stock_out" && data.value(u"expiry_date").toString() <= transaction->date)
            fail(record, u"issued after its expiry"_s);
        transaction->lineTotal += extension;
        ++transaction->lineCount;
    }

    void countVisible(const DemoRecord &record, const QJsonObject &data)
    {
        bool visible = true;
        if (record.type == u"trans_line") {
            visible = m_transactions.value(data.value(u"transaction_ID").toString()).store
                == m_siteStore;
        } else if (record.type == u"name" && data.value(u"type").toString() == u"patient") {
            return; // counted in finish(), once its joins are known
        } else if (record.type != u"clinician" && !data.value(u"store_ID").toString().isEmpty()) {
            visible = data.value(u"store_ID").toString() == m_siteStore;
        }
        if (visible)
            ++m_visibleByType[record.type];
    }

    QString m_centralStore;
    QString m_centralName;
    QString m_siteStore;
    QStringList m_clinicStores;
    QSet<QString> m_stockBatches; // store ID + item ID + batch
    QHash<QString, int> m_lastSupplierInvoiceNumber; // by store
    QHash<QString, QStringList> m_pendingStatuses; // by store
    QHash<QString, QSet<QString>> m_siteUsableExpiries; // by item
    int m_siteExpired = 0;
    int m_siteHeld = 0;
    int m_sitePendingLines = 0;
    QHash<QString, QSet<QString>> m_ids;
    QHash<QString, Transaction> m_transactions;
    QHash<QString, int> m_lastInvoiceNumber;
    QSet<QString> m_patients;
    QHash<QString, int> m_joinCount; // by name
    QSet<QString> m_joins; // name ID + store ID
    QSet<QString> m_joinedToSite;
    QMap<QString, qint64> m_visibleByType;
    QStringList m_errors;
    qint64 m_total = 0;
    int m_expired = 0;
    int m_expiring = 0;
    int m_later = 0;
};

QString describe(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", ");
}

} // namespace

class TestDemoWorld : public QObject
{
    Q_OBJECT

    static void checkSiteCanShowItsRules(const WorldChecker &checker)
    {
        QVERIFY(checker.siteItemsWithSeveralExpiries() > 0);
        QVERIFY(checker.siteExpiredInStock() > 0);
        QVERIFY(checker.siteHeldInStock() > 0);
        QVERIFY(checker.sitePendingLines() >= 4);
    }

private slots:
    void parsesSizes()
    {
        QCOMPARE(primary::parseDemoSize(u"large"), primary::DemoSize::Large);
        QVERIFY(!primary::parseDemoSize(u"huge"));
    }

    void jsonWriterEscapes()
    {
        primary::DemoJsonWriter writer;
        const QString awkward = u"Say \"hi\" \\ back\nthen\ttab \x01 caf\u00e9"_s;
        writer.text("text", awkward.toUtf8());
        writer.money("price", 1250);
        writer.money("small", 5);
        writer.money("negative", -1999);
        writer.number("count", -42);
        writer.boolean("flag", true);
        writer.time("at", 13 * 3600 + 5 * 60 + 9);
        writer.empty("none");
        const QByteArray text = writer.take();
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        QCOMPARE(object.value(u"text").toString(), awkward);
        QCOMPARE(object.value(u"price").toString(), u"12.5"_s);
        QCOMPARE(object.value(u"small").toString(), u"0.05"_s);
        QCOMPARE(object.value(u"negative").toString(), u"-19.99"_s);
        QCOMPARE(object.value(u"count").toString(), u"-42"_s);
        QCOMPARE(object.value(u"flag").toString(), u"true"_s);
        QCOMPARE(object.value(u"at").toString(), u"13:05:09"_s);
        QCOMPARE(object.value(u"none").toString(), QString());
        QCOMPARE(object.size(), 8);
        // The writer starts afresh after take().
        writer.number("only", 1);
        QCOMPARE(writer.take(), QByteArrayLiteral("{\"only\":\"1\"}"));
    }

    void storesAreTheSites()
    {
        const QList<DemoStore> stores = DemoWorld(DemoSize::None, kSeed).stores();
        QCOMPARE(stores.size(), 4);
        QVERIFY(stores.at(0).siteName.isEmpty());
        QVERIFY(stores.at(0).password.isEmpty());
        QCOMPARE(stores.at(1).siteName, u"demo-clinic"_s);
        QCOMPARE(stores.at(1).password, u"demo"_s);
        QCOMPARE(stores.at(2).siteName, u"north-health-centre"_s);
        QCOMPARE(stores.at(3).siteName, u"river-dispensary"_s);
        QSet<QString> ids;
        for (const DemoStore &store : stores) {
            for (const QString &id : {store.storeId, store.nameId, store.userId}) {
                QVERIFY2(isId(id), qPrintable(id));
                ids.insert(id);
            }
            QVERIFY(!store.code.isEmpty());
            QVERIFY(!store.name.isEmpty());
        }
        QCOMPARE(ids.size(), 12);
        // The same for every size of a seed; another seed, other IDs.
        QCOMPARE(DemoWorld(DemoSize::Large, kSeed).stores().at(1).storeId, stores.at(1).storeId);
        QVERIFY(DemoWorld(DemoSize::None, kSeed + 1).stores().at(1).storeId
                != stores.at(1).storeId);
    }

    void noneHasNoRecords()
    {
        qint64 count = 0;
        DemoWorld(DemoSize::None, kSeed).generate([&](const DemoRecord &) { ++count; });
        QCOMPARE(count, 0);
    }

    void sameSeedSameWorld()
    {
        for (const DemoSize size : {DemoSize::Small, DemoSize::Medium}) {
            qint64 first = 0;
            qint64 second = 0;
            QCOMPARE(worldHash(size, kSeed, &first), worldHash(size, kSeed, &second));
            QCOMPARE(first, second);
            QVERIFY(first > 0);
        }
    }

    void otherSeedOtherWorld()
    {
        QVERIFY(worldHash(DemoSize::Small, kSeed) != worldHash(DemoSize::Small, kSeed + 1));
    }

    void worldIsConsistent_data()
    {
        QTest::addColumn<DemoSize>("size");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("maximum");
        QTest::newRow("small") << DemoSize::Small << qint64(1500) << qint64(3000);
        QTest::newRow("medium") << DemoSize::Medium << qint64(40000) << qint64(65000);
        QTest::newRow("large") << DemoSize::Large << qint64(250000) << qint64(320000);
    }

    void worldIsConsistent()
    {
        QFETCH(DemoSize, size);
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        const DemoWorld world(size, kSeed);
        WorldChecker checker(world.stores());
        QElapsedTimer timer;
        timer.start();
        world.generate([&](const DemoRecord &record) { checker.add(record); });
        checker.finish();
        qInfo("%lld records in all, %lld visible to demo-clinic, checked in %lld ms: %s",
              checker.total(), checker.visible(), timer.elapsed(),
              qPrintable(describe(checker.visibleByType())));

        QVERIFY2(checker.errors().isEmpty(), qPrintable(checker.errors().join(u'\n')));
        QVERIFY2(checker.visible() >= minimum && checker.visible() <= maximum,
                 qPrintable(QString::number(checker.visible())));
        QVERIFY(checker.total() < 450000);
        const QMap<QString, qint64> &visible = checker.visibleByType();
        for (const QString &type :
             {u"currency"_s, u"unit"_s, u"item_category"_s, u"item"_s, u"store"_s, u"name"_s,
              u"name_store_join"_s, u"item_store_join"_s, u"clinician"_s, u"Location"_s,
              u"item_line"_s, u"transact"_s, u"trans_line"_s, u"list_master"_s,
              u"list_master_line"_s, u"list_master_name_join"_s, u"options"_s})
            QVERIFY2(visible.value(type) > 0, qPrintable(type));
        QVERIFY(checker.expiredBatches() > 0);
        QVERIFY(checker.expiringBatches() > 0);
        QVERIFY(checker.laterBatches() > checker.expiredBatches() + checker.expiringBatches());
        checkSiteCanShowItsRules(checker);
    }

    // Any seed's demo-clinic can show receiving goods and the rules of issuing.
    void everySeedShowsTheRules()
    {
        for (quint64 seed = kSeed + 1; seed <= kSeed + 12; ++seed) {
            const DemoWorld world(DemoSize::Small, seed);
            WorldChecker checker(world.stores());
            world.generate([&](const DemoRecord &record) { checker.add(record); });
            checker.finish();
            QVERIFY2(checker.errors().isEmpty(),
                     qPrintable(u"seed %1: "_s.arg(seed) + checker.errors().join(u'\n')));
            checkSiteCanShowItsRules(checker);
        }
    }

    void largeWorldIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        qint64 bytes = 0;
        DemoWorld(DemoSize::Large, kSeed).generate([&](const DemoRecord &record) {
            ++count;
            bytes += record.data.size();
        });
        qInfo("large: %lld records, %lld MB of Data, generated in %lld ms", count,
              bytes / (1024 * 1024), timer.elapsed());
        QVERIFY(count >= 250000);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demoworld.moc"
