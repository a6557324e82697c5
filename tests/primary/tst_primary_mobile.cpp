// primary-sim against what the real mSupply Mobile client (v8.7.4) needs of a
// primary (issue 14): one test per point, over real HTTP on loopback.

#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "TestEnvelope.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using satellite::SiteCredentials;
using TestEnvelope::envelope;
using TestEnvelope::newId;

namespace {

QStringList syncIdsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue &record : records)
        ids.append(record.toObject().value(u"SyncID").toString());
    return ids;
}

// The field names of the real records of each type (tests/fixtures/legacy-v5).
QHash<QString, QSet<QString>> referenceFields()
{
    QHash<QString, QSet<QString>> fields;
    QDirIterator files(QStringLiteral(SATELLITE_FIXTURES_DIR), {QStringLiteral("*.json")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString type = QFileInfo(file.fileName()).dir().dirName();
        for (const QString &key : QJsonDocument::fromJson(file.readAll()).object().keys())
            fields[type].insert(key);
    }
    return fields;
}

QByteArray basicAuth(const QString &name, const QString &secret)
{
    return "Basic " + (name + u':' + secret).toUtf8().toBase64();
}

} // namespace

class TestPrimaryMobile : public QObject
{
    Q_OBJECT

private:
    PrimarySimProcess m_primary;
    QTemporaryDir m_dataDir;

    std::unique_ptr<HttpClient> siteClient(const QString &site, const QString &password)
    {
        auto client = std::make_unique<HttpClient>(m_primary.url());
        client->setCredentials(SiteCredentials::fromPassword(site, password));
        const auto reply = client->get(QStringLiteral("/sync/v3/site"));
        if (reply.status == 200)
            client->setSiteIds(reply.object().value(u"SiteID").toInt());
        return client;
    }

    QString storeOf(HttpClient &client)
    {
        return client.get(QStringLiteral("/sync/v3/site")).object().value(u"StoreID").toString();
    }

    // Pulls and acknowledges everything queued (v3 paths, as mobile calls
    // them); returns the envelopes.
    QJsonArray drain(HttpClient &client, QByteArray *bodies = nullptr)
    {
        QJsonArray all;
        for (;;) {
            const auto reply
                = client.syncGet(QStringLiteral("/sync/v3/queued_records"),
                                 QUrlQuery{{QStringLiteral("limit"), QStringLiteral("500")}});
            const QJsonArray batch = reply.array();
            if (reply.status != 200 || batch.isEmpty())
                return all;
            if (bodies)
                *bodies += reply.body;
            for (const QJsonValue &record : batch)
                all.append(record);
            const QJsonObject ack{
                {QStringLiteral("SyncRecordIDs"), QJsonArray::fromStringList(syncIdsOf(batch))}};
            client.syncPost(QStringLiteral("/sync/v3/acknowledged_records"),
                            QJsonDocument(ack).toJson(QJsonDocument::Compact));
        }
    }

    HttpClient::Reply push(HttpClient &client, const QList<QByteArray> &records)
    {
        return client.syncPost(QStringLiteral("/sync/v3/queued_records/"),
                               '[' + records.join(',') + ']');
    }

    // The record `id` as `client` is sent it next (its `data`), after draining the rest.
    QJsonObject pulled(HttpClient &client, const QString &id)
    {
        QJsonObject found;
        for (const QJsonValue &value : drain(client)) {
            const QJsonObject record = value.toObject();
            if (record.value(u"RecordID").toString() == id)
                found = record.value(u"data").toObject();
        }
        return found;
    }

    HttpClient::Reply userLogin(const QString &user, const QString &password, const QString &store)
    {
        HttpClient client(m_primary.url());
        client.setCredentials(SiteCredentials::fromPassword(user, password));
        return client.get(QStringLiteral("/sync/v3/user"),
                          QUrlQuery{{QStringLiteral("store"), store}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(
            m_primary.start({QStringLiteral("--data"), m_dataDir.path(), QStringLiteral("--demo"),
                             QStringLiteral("small"), QStringLiteral("--site"),
                             QStringLiteral("alpha:alpha-pass"), QStringLiteral("--site"),
                             QStringLiteral("beta:beta-pass"), QStringLiteral("--user"),
                             QStringLiteral("Ana:ana-pass:alpha"), QStringLiteral("--v1-sync-user"),
                             QStringLiteral("sync:plain-pass")}),
            qPrintable(m_primary.errorString()));
    }

    // 1. What the primary serves has lowercase `data`; a push may say either.
    void servesLowercaseDataAndAcceptsBoth()
    {
        auto demo = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        QByteArray bodies;
        const QJsonArray records = drain(*demo, &bodies);
        QVERIFY(records.size() > 1000);
        QVERIFY(!bodies.contains("\"Data\":"));
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            if (record.value(u"SyncType").toString() != u"D")
                QVERIFY2(record.value(u"data").isObject(),
                         qPrintable(record.value(u"RecordID").toString()));
        }

        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        drain(*beta);
        const QString store = storeOf(*alpha);
        const QString upper = newId();
        const QString lower = newId();
        const auto line = [&store](const QString &id) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"store_ID\":\"" + store.toUtf8()
                + "\",\"batch\":\"B1\",\"quantity\":\"5\",\"pack_size\":\"10\"}";
        };
        QCOMPARE(push(*alpha,
                      {envelope(u"item_line"_s, upper, u"I"_s, line(upper), "Data"),
                       envelope(u"item_line"_s, lower, u"I"_s, line(lower), "data")})
                     .status,
                 200);
        const QByteArray held
            = HttpClient(m_primary.url())
                  .get(QStringLiteral("/admin/records"), QUrlQuery{{u"type"_s, u"item_line"_s}})
                  .body;
        QVERIFY(held.contains(upper.toUtf8()));
        QVERIFY(held.contains(lower.toUtf8()));
    }

    // 2. Every record of every type of the demo world carries every field of
    // the real record of its type, in the string dialect.
    void everyDemoRecordHasItsTablesFields()
    {
        const auto reference = referenceFields();
        QVERIFY(reference.size() > 80);
        QHash<QString, int> checked;
        for (const auto &[site, password] : {std::pair(u"north-health-centre"_s, u"north"_s),
                                             std::pair(u"river-dispensary"_s, u"river"_s)}) {
            auto client = siteClient(site, password);
            QCOMPARE(client
                         ->syncGet(QStringLiteral("/sync/v3/initial_dump/"),
                                   QUrlQuery{{u"type"_s, u"full"_s}})
                         .status,
                     200);
            for (const QJsonValue &value : drain(*client)) {
                const QJsonObject record = value.toObject();
                const QString type = record.value(u"RecordType").toString();
                const QJsonObject data = record.value(u"data").toObject();
                const QStringList keys = data.keys();
                const QSet<QString> present(keys.cbegin(), keys.cend());
                QVERIFY2(reference.contains(type), qPrintable(type));
                const QSet<QString> missing = reference.value(type) - present;
                QVERIFY2(missing.isEmpty(),
                         qPrintable(type + u" lacks "_s
                                    + QStringList(missing.cbegin(), missing.cend()).join(u", ")));
                for (auto field = data.constBegin(); field != data.constEnd(); ++field) {
                    // v2 is all strings, JSON-in-text fields too (mobile's
                    // sanity check needs .length, parseJsonString a string).
                    QVERIFY2(field->isString(), qPrintable(type + u"."_s + field.key()));
                }
                ++checked[type];
            }
        }
        // The types mobile cannot do without are among them.
        for (const char *type :
             {"transact", "trans_line", "item", "item_line", "name", "name_store_join", "store",
              "list_master", "list_master_line", "clinician", "unit", "item_store_join"})
            QVERIFY2(checked.value(QString::fromLatin1(type)) > 0, type);
        auto demo = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        demo->syncGet(QStringLiteral("/sync/v3/initial_dump/"), QUrlQuery{{u"type"_s, u"full"_s}});
        for (const QJsonValue &value : drain(*demo)) {
            const QJsonObject record = value.toObject();
            const QJsonObject data = record.value(u"data").toObject();
            const QString type = record.value(u"RecordType").toString();
            if (type == u"transact") {
                // mobile's parseFloat of these must not give NaN.
                QVERIFY(!std::isnan(data.value(u"insuranceDiscountAmount").toString().toDouble()));
                QVERIFY(data.value(u"insuranceDiscountRate").isString());
            } else if (type == u"list_master") {
                QVERIFY(data.contains(u"programSettings"));
            }
        }
    }

    // 3. Pushed values are stored by their field's type and served back so;
    // field names become the table's, whatever their case; unknown fields stay.
    void pushedValuesAreStoredTyped()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        drain(*beta);
        const QString store = storeOf(*alpha);
        const QString betaStore = storeOf(*beta);
        const QString invoice = newId();
        const QString patient = newId();
        // As mobile writes them: String(null), moment's UTC dates, a lowercase id.
        const QByteArray transact = "{\"ID\":\"" + invoice.toUtf8() + "\",\"store_ID\":\""
            + store.toUtf8()
            + "\",\"type\":\"ci\",\"status\":\"nw\",\"insuranceDiscountAmount\":\"null\","
              "\"insuranceDiscountRate\":\"undefined\",\"total\":12.5,\"hold\":\"True\","
              "\"is_cancellation\":\"yes\",\"entry_date\":\"2021-09-06T11:00:00.000Z\","
              "\"confirm_date\":\"not a "
              "date\",\"entry_time\":\"13:05:09\",\"mobile_note\":\"kept\"}";
        const QByteArray name = "{\"id\":\"" + patient.toUtf8()
            + "\",\"type\":\"patient\",\"first\":\"Ana\",\"last\":\"Silva\",\"name\":\"Silva, "
              "Ana\","
              "\"code\":\"AS1\",\"supplying_store_id\":\""
            + store.toUtf8()
            + "\",\"customer\":\"true\",\"female\":\"true\",\"date_of_birth\":\"1984-03-09\","
              "\"charge code\":\"AS1\"}";
        QCOMPARE(push(*alpha,
                      {envelope(u"transact"_s, invoice, u"I"_s, transact),
                       envelope(u"name"_s, patient, u"I"_s, name)})
                     .status,
                 200);
        // The patient made visible at beta's store by the primary (v4), then beta pulls it.
        HttpClient primaryJoin(m_primary.url());
        primaryJoin.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("beta"), QStringLiteral("beta-pass")));
        QCOMPARE(primaryJoin
                     .post(QStringLiteral("/api/v4/name_store_join"),
                           "{\"name_ID\":\"" + patient.toUtf8() + "\",\"store_ID\":\""
                               + betaStore.toUtf8() + "\"}")
                     .status,
                 200);
        const QJsonObject served = pulled(*beta, patient);
        QCOMPARE(served.value(u"ID").toString(), patient);
        QVERIFY(!served.contains(u"id"));
        QCOMPARE(served.value(u"female").toString(), u"true"_s);
        QCOMPARE(served.value(u"date_of_birth").toString(), u"1984-03-09T00:00:00"_s);
        QCOMPARE(served.value(u"charge code").toString(), u"AS1"_s); // not the table's: as it came

        const QJsonArray held = HttpClient(m_primary.url())
                                    .get(QStringLiteral("/admin/records"),
                                         QUrlQuery{{u"type"_s, u"transact"_s}, {u"id"_s, invoice}})
                                    .array();
        QCOMPARE(held.size(), 1);
        const QJsonObject stored = held.first().toObject();
        QCOMPARE(stored.value(u"insuranceDiscountAmount").toString(), u"0"_s);
        QCOMPARE(stored.value(u"insuranceDiscountRate").toString(), u"0"_s);
        QCOMPARE(stored.value(u"total").toString(), u"12.5"_s);
        QCOMPARE(stored.value(u"hold").toString(), u"true"_s);
        QCOMPARE(stored.value(u"is_cancellation").toString(), u"false"_s);
        // The calendar day as written, never moved through a time zone.
        QCOMPARE(stored.value(u"entry_date").toString(), u"2021-09-06T00:00:00"_s);
        QCOMPARE(stored.value(u"confirm_date").toString(), u"0000-00-00T00:00:00"_s);
        QCOMPARE(stored.value(u"entry_time").toString(), u"13:05:09"_s);
        QCOMPARE(stored.value(u"mobile_note").toString(), u"kept"_s);
        QCOMPARE(stored.value(u"their_ref").toString(), QString()); // filled in, empty
        QCOMPARE(stored.value(u"Date_order_received").toString(), u"0000-00-00T00:00:00"_s);
    }

    // 4. The v3 site call answers what mobile keeps, beside v2's fields.
    void v3SiteAnswersSupplyingStoreAndServerVersion()
    {
        auto demo = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        demo->setHardwareUuid(QByteArray());
        const QJsonObject site = demo->get(QStringLiteral("/sync/v3/site")).object();
        for (const char *key : {"SiteID", "StoreID", "NameID", "ServerID"})
            QVERIFY2(site.contains(QLatin1String(key)), key);
        QVERIFY(site.value(u"ServerVersion").isDouble());
        QCOMPARE(site.value(u"SupplyingStoreID").toString().size(), 32);
        QCOMPARE(site.value(u"SupplyingStoreNameID").toString().size(), 32);
        QVERIFY(site.value(u"SupplyingStoreID").toString() != site.value(u"StoreID").toString());
        // The supplying store is the central store the primary runs: a store record.
        const QJsonArray stores
            = HttpClient(m_primary.url())
                  .get(QStringLiteral("/admin/records"),
                       QUrlQuery{{u"type"_s, u"store"_s},
                                 {u"id"_s, site.value(u"SupplyingStoreID").toString()}})
                  .array();
        QCOMPARE(stores.size(), 1);
        QCOMPARE(stores.first().toObject().value(u"name_ID").toString(),
                 site.value(u"SupplyingStoreNameID").toString());
    }

    // 5. /sync/v3/user logs a user in to a store; the site's credentials do not.
    void v3UserAuthenticatesUsersOfTheStore()
    {
        auto demo = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        const QString demoStore = storeOf(*demo);
        const auto pharmacist = userLogin(u"demo-pharmacist"_s, u"pharmacist"_s, demoStore);
        QCOMPARE(pharmacist.status, 200);
        QCOMPARE(pharmacist.object().value(u"UserID").toString().size(), 32);
        QCOMPARE(pharmacist.object().value(u"isAdmin").toBool(true), false);
        // The site's own user: the one the v2 lookup names.
        QCOMPARE(pharmacist.object().value(u"UserID").toString(),
                 demo->get(QStringLiteral("/sync/v2/user/"), QUrlQuery{{u"store"_s, demoStore}})
                     .object()
                     .value(u"UserID")
                     .toString());
        const auto admin = userLogin(u"admin"_s, u"admin"_s, demoStore);
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.object().value(u"isAdmin").toBool(), true);

        const auto wrong = userLogin(u"demo-pharmacist"_s, u"wrong"_s, demoStore);
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.errorText().isEmpty());
        QCOMPARE(userLogin(u"demo-clinic"_s, u"demo"_s, demoStore).status, 401); // a site, no user
        auto north = siteClient(QStringLiteral("north-health-centre"), QStringLiteral("north"));
        QCOMPARE(userLogin(u"demo-pharmacist"_s, u"pharmacist"_s, storeOf(*north)).status, 401);
        QCOMPARE(userLogin(u"demo-pharmacist"_s, u"pharmacist"_s, QString()).status, 400);

        // --user NAME:PASSWORD:SITE
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const auto ana = userLogin(u"Ana"_s, u"ana-pass"_s, storeOf(*alpha));
        QCOMPARE(ana.status, 200);
        QCOMPARE(ana.object().value(u"UserID").toString().size(), 32);
        // mobile's header, exactly: user name and the lowercase hex SHA-256.
        HttpClient raw(m_primary.url());
        QCOMPARE(raw.get(QStringLiteral("/sync/v3/user/"), QUrlQuery{{u"store"_s, storeOf(*alpha)}})
                     .status,
                 401);
    }

    // 6. The lookups answer mobile's queries (more in tst_primary_conformance).
    void lookupsAnswerMobilesQueries()
    {
        auto demo = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        // As lookupApiUtils.js builds it: @ wildcards encoded, is_deleted, paging.
        const auto page = [&](int offset) {
            return demo
                ->get(QStringLiteral("/api/v4/patient"),
                      QUrlQuery(
                          u"first_name=&last_name=%40a%40&is_deleted=false&offset=%1&limit=5"_s.arg(
                              offset)))
                .array();
        };
        const QJsonArray first = page(0);
        const QJsonArray second = page(5);
        QCOMPARE(first.size(), 5);
        QVERIFY(!second.isEmpty());
        QVERIFY(first.first().toObject().value(u"ID") != second.first().toObject().value(u"ID"));
        for (const QJsonValue &patient : first) {
            QVERIFY(
                patient.toObject().value(u"last").toString().contains(u'a', Qt::CaseInsensitive));
            QVERIFY(patient.toObject().value(u"nameInsuranceJoin").isArray());
        }
        const QJsonArray prescribers
            = demo->get(QStringLiteral("/api/v4/prescriber"), QUrlQuery(u"last_name=%40%40"_s))
                  .array();
        QVERIFY(!prescribers.isEmpty());
        for (const char *key : {"ID", "first_name", "last_name", "registration_code", "store_ID"})
            QVERIFY2(prescribers.first().toObject().contains(QLatin1String(key)), key);
    }

    // 7. The lock's words begin as mobile recognises them, full stop included.
    void hardwareLockTextIsMobiles()
    {
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        beta->setHardwareUuid("tablet-1");
        QCOMPARE(beta->get(QStringLiteral("/sync/v3/site")).status, 200);
        beta->setHardwareUuid("tablet-2");
        for (const auto &reply : {beta->get(QStringLiteral("/sync/v3/site")),
                                  beta->syncGet(QStringLiteral("/sync/v3/queued_records/count"))}) {
            QCOMPARE(reply.status, 401);
            QVERIFY2(reply.errorText().startsWith(u"Site registration doesn't match."),
                     qPrintable(reply.errorText()));
        }
        QCOMPARE(HttpClient(m_primary.url())
                     .post(QStringLiteral("/admin/sites/beta/reset-hardware"), "")
                     .status,
                 200);
    }

    // 8. v1: a merge is an M with both IDs; the shared sync user's plain password.
    void v1MergeAndSharedSyncUser()
    {
        const auto alphaSite = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"))
                                   ->get(QStringLiteral("/sync/v3/site"))
                                   .object();
        const int siteId = alphaSite.value(u"SiteID").toInt();
        HttpClient shared(m_primary.url());
        shared.setSiteIds(siteId);
        const auto get = [&](const QByteArray &authorization, const QString &path,
                             const QByteArray &hardware = {}) {
            QNetworkAccessManager manager;
            QUrl url = m_primary.url();
            url.setPath(path);
            url.setQuery(u"from_site=%1&to_site=1&limit=500"_s.arg(siteId));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", authorization);
            if (!hardware.isEmpty())
                request.setRawHeader("msupply-site-uuid", hardware);
            QNetworkReply *reply = manager.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return std::pair(status, body);
        };
        const QByteArray plain = basicAuth(u"sync"_s, u"plain-pass"_s);
        QCOMPARE(get(plain, u"/sync/v1/queued_records/count"_s).first, 200);
        QCOMPARE(get(basicAuth(u"sync"_s, u"wrong"_s), u"/sync/v1/queued_records/count"_s).first,
                 401);
        // Only v1 knows the shared user.
        QCOMPARE(get(plain, u"/sync/v2/queued_records/count"_s).first, 401);
        // It is held to the site's hardware lock as the site's own credentials are.
        QCOMPARE(get(plain, u"/sync/v1/queued_records/count"_s, "v1-machine").first, 200);
        const auto locked = get(plain, u"/sync/v1/queued_records/count"_s, "other-machine");
        QCOMPARE(locked.first, 401);
        QVERIFY(locked.second.contains("Site registration doesn't match."));
        QCOMPARE(HttpClient(m_primary.url())
                     .post(QStringLiteral("/admin/sites/alpha/reset-hardware"), "")
                     .status,
                 200);

        // Drained, then a merge queued for the site: v1 serves it as an M.
        for (int i = 0; i < 50; ++i) {
            const auto [status, body] = get(plain, u"/sync/v1/queued_records"_s);
            const QJsonArray batch = QJsonDocument::fromJson(body).array();
            if (status != 200 || batch.isEmpty())
                break;
            HttpClient ack(m_primary.url());
            ack.setCredentials(SiteCredentials::fromPassword(u"alpha"_s, u"alpha-pass"_s));
            ack.setSiteIds(siteId);
            ack.syncPost(QStringLiteral("/sync/v1/acknowledged_records"),
                         QJsonDocument(QJsonArray::fromStringList(syncIdsOf(batch))).toJson());
        }
        const QString keep = newId();
        const QString remove = newId();
        const QByteArray merge = "[{\"RecordType\":\"item\",\"SyncType\":\"M\",\"mergeIDtokeep\":\""
            + keep.toUtf8() + "\",\"mergeIDtodelete\":\"" + remove.toUtf8() + "\"}]";
        QCOMPARE(
            HttpClient(m_primary.url())
                .post(QStringLiteral("/admin/queue"), merge, QUrlQuery{{u"site"_s, u"alpha"_s}})
                .status,
            200);
        const auto [status, body] = get(plain, u"/sync/v1/queued_records"_s);
        QCOMPARE(status, 200);
        const QJsonArray served = QJsonDocument::fromJson(body).array();
        QCOMPARE(served.size(), 1);
        const QJsonObject record = served.first().toObject();
        QCOMPARE(record.value(u"SyncType").toString(), u"M"_s);
        QCOMPARE(record.value(u"mergeIDtokeep").toString(), keep);
        QCOMPARE(record.value(u"mergeIDtodelete").toString(), remove);
        QCOMPARE(record.value(u"RecordID").toString(), keep);
        QVERIFY(record.value(u"TableNumber").toInt() > 0);
    }

    // 9. A pushed patient goes to the other sites that see it, never back.
    void pushedPatientIsNotEchoed()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        drain(*alpha);
        drain(*beta);
        const QString store = storeOf(*alpha);
        const QString patient = newId();
        const QString ownJoin = newId();
        const auto join = [&](const QString &id, const QString &joined) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"name_ID\":\"" + patient.toUtf8()
                + "\",\"store_ID\":\"" + joined.toUtf8() + "\",\"inactive\":\"false\"}";
        };
        const QByteArray name = "{\"ID\":\"" + patient.toUtf8()
            + "\",\"type\":\"patient\",\"first\":\"Tui\",\"last\":\"Echo\",\"supplying_store_id\":"
              "\""
            + store.toUtf8() + "\"}";
        // mobile's order: the patient, then its join to this store.
        QCOMPARE(push(*alpha,
                      {envelope(u"name"_s, patient, u"I"_s, name),
                       envelope(u"name_store_join"_s, ownJoin, u"I"_s, join(ownJoin, store))})
                     .status,
                 200);
        QCOMPARE(alpha->syncGet(QStringLiteral("/sync/v3/queued_records/count"))
                     .object()
                     .value(u"NumRecords")
                     .toInt(-1),
                 0);
        // Made visible at beta's store too (a join made by the primary): beta gets it.
        QCOMPARE(beta->post(QStringLiteral("/api/v4/name_store_join"),
                            "{\"name_ID\":\"" + patient.toUtf8() + "\",\"store_ID\":\""
                                + storeOf(*beta).toUtf8() + "\"}")
                     .status,
                 200);
        QCOMPARE(pulled(*beta, patient).value(u"last").toString(), u"Echo"_s);
        // An edit by alpha: beta sees it, alpha is not sent it back.
        QCOMPARE(
            push(*alpha,
                 {envelope(u"name"_s, patient, u"U"_s, QByteArray(name).replace("Tui", "Tuini"))})
                .status,
            200);
        QCOMPARE(pulled(*beta, patient).value(u"first").toString(), u"Tuini"_s);
        QCOMPARE(drain(*alpha).size(), 0);
    }

    // A data directory written by a primary-sim before this one: its records
    // are typed once, its demo world gets its users and supplying store.
    void anEarlierDataDirectoryIsUpgraded()
    {
        QTemporaryDir data;
        const QString item = newId();
        {
            PrimarySimProcess primary;
            QVERIFY(primary.start({u"--data"_s, data.path(), u"--demo"_s, u"small"_s}));
            QCOMPARE(primary.stop(), 0);
        }
        {
            // As the earlier primary-sim left it: records as they came, no users.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"earlier"_s);
            db.setDatabaseName(QDir(data.path()).filePath(u"primary.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM meta WHERE key IN ('records_typed', "
                               "'supplying_store')"_s));
            QVERIFY(query.exec(u"DELETE FROM store_user"_s));
            QVERIFY(query.prepare(u"INSERT INTO record (type, id, scope, data) "
                                  "VALUES ('item', ?, 0, ?)"_s));
            query.addBindValue(item);
            query.addBindValue(QByteArray("{\"ID\":\"" + item.toUtf8()
                                          + "\",\"item_name\":\"Old\",\"is_vaccine\":true}"));
            QVERIFY(query.exec());
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"earlier"_s);
        PrimarySimProcess again;
        QVERIFY(again.start({u"--data"_s, data.path(), u"--demo"_s, u"small"_s}));
        const QJsonArray held = HttpClient(again.url())
                                    .get(QStringLiteral("/admin/records"),
                                         QUrlQuery{{u"type"_s, u"item"_s}, {u"id"_s, item}})
                                    .array();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().toObject().value(u"is_vaccine").toString(), u"true"_s);
        QVERIFY(held.first().toObject().contains(u"default_pack_size"));
        HttpClient demo(again.url());
        demo.setCredentials(SiteCredentials::fromPassword(u"demo-clinic"_s, u"demo"_s));
        const QJsonObject site = demo.get(QStringLiteral("/sync/v3/site")).object();
        QCOMPARE(site.value(u"SupplyingStoreID").toString().size(), 32);
        HttpClient user(again.url());
        user.setCredentials(SiteCredentials::fromPassword(u"admin"_s, u"admin"_s));
        QCOMPARE(user.get(QStringLiteral("/sync/v3/user"),
                          QUrlQuery{{u"store"_s, site.value(u"StoreID").toString()}})
                     .status,
                 200);
    }

    // primary-sim help, --help and --version print and exit; no server starts.
    void helpAndVersionDoNotStartAServer()
    {
        for (const QStringList &arguments :
             {QStringList{u"help"_s}, QStringList{u"--help"_s}, QStringList{u"--version"_s}}) {
            QProcess process;
            process.start(PrimarySimProcess::executable(), arguments);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 0);
            const QByteArray out = process.readAllStandardOutput();
            QVERIFY(!out.contains("listening on"));
            if (arguments.first() == u"--version") {
                QVERIFY(out.startsWith("primary-sim "));
                continue;
            }
            for (const char *option :
                 {"--host", "--port", "--data", "--demo", "--site", "--user", "--v1-sync-user",
                  "--seed", "--admin-token", "--tls-cert", "--tls-key", "--max-body-bytes",
                  "--max-connections", "--request-timeout-ms", "--idle-timeout-ms", "--version"})
                QVERIFY2(out.contains(option), option);
        }
        QProcess stray;
        stray.start(PrimarySimProcess::executable(), {u"hepl"_s});
        QVERIFY(stray.waitForFinished(10000));
        QCOMPARE(stray.exitCode(), 2);
        QVERIFY(stray.readAllStandardError().contains("hepl"));
    }
};

QTEST_GUILESS_MAIN(TestPrimaryMobile)
#include "tst_primary_mobile.moc"
