// Conformance of primary-sim to PROTOCOL.md, driven over real HTTP on loopback.

#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "SelfSignedCertificate.h"
#include "TestEnvelope.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sys/socket.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using satellite::SiteCredentials;
using TestEnvelope::envelope;
using TestEnvelope::newId;

namespace {

QByteArray itemData(const QString &id, const QString &name)
{
    return "{\"ID\":\"" + id.toUtf8() + "\",\"item_name\":\"" + name.toUtf8()
        + "\",\"code\":\"C1\",\"default_pack_size\":\"10\",\"type_of\":\"general\"}";
}

// A batch of stock in `store`: store data a site may push.
QByteArray stockData(const QString &id, const QString &store, const QString &batch = u"B1"_s,
                     const QString &itemId = {})
{
    return "{\"ID\":\"" + id.toUtf8() + "\",\"store_ID\":\"" + store.toUtf8() + "\",\"item_ID\":\""
        + itemId.toUtf8() + "\",\"batch\":\"" + batch.toUtf8()
        + "\",\"quantity\":\"5\",\"pack_size\":\"10\"}";
}

// A patient registered at `store`.
QByteArray patientData(const QString &id, const QString &store, const QString &last = u"Tui"_s)
{
    return "{\"ID\":\"" + id.toUtf8() + "\",\"name\":\"" + last.toUtf8()
        + ", Mere\",\"type\":\"patient\",\"first\":\"Mere\",\"last\":\"" + last.toUtf8()
        + "\",\"supplying_store_id\":\"" + store.toUtf8() + "\"}";
}

QByteArray joinData(const QString &id, const QString &nameId, const QString &store)
{
    return "{\"ID\":\"" + id.toUtf8() + "\",\"name_ID\":\"" + nameId.toUtf8() + "\",\"store_ID\":\""
        + store.toUtf8() + "\",\"inactive\":\"false\"}";
}

QByteArray mergeEnvelope(const QString &type, const QString &keep, const QString &remove)
{
    return "{\"SyncID\":\"" + newId().toUtf8() + "\",\"RecordType\":\"" + type.toUtf8()
        + "\",\"SyncType\":\"M\",\"mergeIDtokeep\":\"" + keep.toUtf8() + "\",\"mergeIDtodelete\":\""
        + remove.toUtf8() + "\"}";
}

// The first field of `sent` that `served` does not hold with the same value
// (names matched regardless of case, as a real primary's table takes them),
// or "": the primary adds the other fields of the record's table.
QString notCarried(const QJsonObject &served, const QByteArray &sent)
{
    const QJsonObject expected = QJsonDocument::fromJson(sent).object();
    for (auto field = expected.begin(); field != expected.end(); ++field) {
        QJsonValue value = served.value(field.key());
        for (auto it = served.begin(); value.isUndefined() && it != served.end(); ++it) {
            if (it.key().compare(field.key(), Qt::CaseInsensitive) == 0)
                value = it.value();
        }
        if (value != field.value())
            return field.key();
    }
    return expected.isEmpty() ? QStringLiteral("(not an object)") : QString();
}

QByteArray array(const QList<QByteArray> &elements)
{
    return '[' + elements.join(',') + ']';
}

QStringList idsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue &record : records)
        ids.append(record.toObject().value(u"ID").toString());
    return ids;
}

QStringList syncIdsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue &record : records)
        ids.append(record.toObject().value(u"SyncID").toString());
    return ids;
}

// What the server answers to `bytes` sent as they are on a new connection
// (then, with `halfClose`, the end of the stream), read until it closes or
// `timeoutMs` pass.
QByteArray rawExchange(const QUrl &url, const QByteArray &bytes, bool halfClose = false,
                       int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(timeoutMs)) { }
    if (halfClose)
        ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(int(timeoutMs - timer.elapsed()));
        reply += socket.readAll();
        if (!halfClose && reply.contains("\r\n\r\n")) {
            // Enough for a status line and headers; the body follows at once.
            socket.waitForReadyRead(200);
            reply += socket.readAll();
            break;
        }
    }
    return reply + socket.readAll();
}

QByteArray basicAuth(const QString &site, const QString &password)
{
    return SiteCredentials::fromPassword(site, password).authorizationHeader();
}

// CPU time (user + system) the process has used, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestPrimaryConformance : public QObject
{
    Q_OBJECT

private:
    PrimarySimProcess m_primary;
    QTemporaryDir m_dataDir;

    // A client logged in as `site`: credentials set, from_site looked up.
    std::unique_ptr<HttpClient> siteClient(const QString &site, const QString &password,
                                           const QUrl &url = {})
    {
        auto client = std::make_unique<HttpClient>(url.isEmpty() ? m_primary.url() : url);
        client->setCredentials(SiteCredentials::fromPassword(site, password));
        const auto reply = client->get(QStringLiteral("/sync/v2/site/"),
                                       QUrlQuery{{QStringLiteral("site_name"), site}});
        if (reply.status == 200)
            client->setSiteIds(reply.object().value(u"SiteID").toInt());
        return client;
    }

    QString storeOf(HttpClient &client)
    {
        return client.get(QStringLiteral("/sync/v2/site/")).object().value(u"StoreID").toString();
    }

    // GET /api/v4/<call> (or /sync/v4/) with the query given as `key=value&...`.
    HttpClient::Reply lookup(HttpClient &client, const QString &call, const QString &query,
                             const QString &prefix = QStringLiteral("/api/v4/"))
    {
        return client.get(prefix + call, QUrlQuery(query));
    }

    HttpClient admin(const QUrl &url = {})
    {
        return HttpClient(url.isEmpty() ? m_primary.url() : url);
    }

    HttpClient::Reply queue(const QString &site, const QByteArray &records, const QUrl &url = {})
    {
        return admin(url).post(QStringLiteral("/admin/queue"), records,
                               QUrlQuery{{QStringLiteral("site"), site}});
    }

    qint64 count(HttpClient &client)
    {
        return qint64(client.syncGet(QStringLiteral("/sync/v2/queued_records/count"))
                          .object()
                          .value(u"NumRecords")
                          .toDouble(-1));
    }

    // Pulls and acknowledges everything queued; returns the records.
    QJsonArray drain(HttpClient &client)
    {
        QJsonArray all;
        for (;;) {
            const auto reply
                = client.syncGet(QStringLiteral("/sync/v2/queued_records/"),
                                 QUrlQuery{{QStringLiteral("limit"), QStringLiteral("500")}});
            const QJsonArray batch = reply.array();
            if (reply.status != 200 || batch.isEmpty())
                return all;
            for (const QJsonValue &record : batch)
                all.append(record);
            const QJsonObject ack{
                {QStringLiteral("SyncRecordIDs"), QJsonArray::fromStringList(syncIdsOf(batch))}};
            client.syncPost(QStringLiteral("/sync/v2/acknowledged_records/"),
                            QJsonDocument(ack).toJson(QJsonDocument::Compact));
        }
    }

    QJsonArray held(const QString &type, const QString &id = {}, const QUrl &url = {})
    {
        QUrlQuery query{{QStringLiteral("type"), type}};
        if (!id.isEmpty())
            query.addQueryItem(QStringLiteral("id"), id);
        return admin(url).get(QStringLiteral("/admin/records"), query).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_primary.start({QStringLiteral("--data"), m_dataDir.path(),
                                  QStringLiteral("--demo"), QStringLiteral("small"),
                                  QStringLiteral("--site"), QStringLiteral("alpha:alpha-pass"),
                                  QStringLiteral("--site"), QStringLiteral("beta:beta-pass"),
                                  QStringLiteral("--site"), QStringLiteral("gamma:gamma-pass")}),
                 qPrintable(m_primary.errorString()));
        QCOMPARE(m_primary.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_primary.url().port() > 0);
    }

    void cleanup() { admin().post(QStringLiteral("/admin/faults"), "{}"); }

    void rightAndWrongCredentials()
    {
        HttpClient client(m_primary.url());
        client.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("alpha"), QStringLiteral("alpha-pass")));
        const QUrlQuery alpha{{QStringLiteral("site_name"), QStringLiteral("alpha")}};
        auto reply = client.get(QStringLiteral("/sync/v2/site/"), alpha);
        QCOMPARE(reply.status, 200);
        const QJsonObject site = reply.object();
        QVERIFY(site.value(u"SiteID").isDouble());
        QVERIFY(site.value(u"SiteID").toInt() >= 2);
        QCOMPARE(site.value(u"ServerID").toInt(), 1);
        QCOMPARE(site.value(u"StoreID").toString().size(), 32);
        QCOMPARE(site.value(u"NameID").toString().size(), 32);

        reply = client.get(QStringLiteral("/sync/v2/user/"),
                           QUrlQuery{{QStringLiteral("store"), site.value(u"StoreID").toString()}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"UserID").toString().size(), 32);
        reply = client.get(QStringLiteral("/sync/v2/user/"),
                           QUrlQuery{{QStringLiteral("store"), newId()}});
        QCOMPARE(reply.status, 403);

        // Another site's name: the Basic user must be the site asked about.
        reply = client.get(QStringLiteral("/sync/v2/site/"),
                           QUrlQuery{{QStringLiteral("site_name"), QStringLiteral("beta")}});
        QCOMPARE(reply.status, 403);

        client.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("alpha"), QStringLiteral("wrong")));
        const auto wrongPassword = client.get(QStringLiteral("/sync/v2/site/"), alpha);
        QCOMPARE(wrongPassword.status, 401);
        QVERIFY(!wrongPassword.errorText().isEmpty());
        client.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("nobody"), QStringLiteral("wrong")));
        const auto unknownSite
            = client.get(QStringLiteral("/sync/v2/site/"),
                         QUrlQuery{{QStringLiteral("site_name"), QStringLiteral("nobody")}});
        QCOMPARE(unknownSite.status, 401);
        QCOMPARE(unknownSite.errorText(),
                 wrongPassword.errorText()); // nobody learns which sites exist

        HttpClient anonymous(m_primary.url());
        QCOMPARE(anonymous.get(QStringLiteral("/sync/v2/site/"), alpha).status, 401);
    }

    void hardwareLockAndReset()
    {
        auto client = siteClient(QStringLiteral("gamma"), QStringLiteral("gamma-pass"));
        const QUrlQuery gamma{{QStringLiteral("site_name"), QStringLiteral("gamma")}};
        client->setHardwareUuid("machine-A");
        QCOMPARE(client->get(QStringLiteral("/sync/v2/site/"), gamma).status, 200); // registers A
        QCOMPARE(count(*client) >= 0, true);

        client->setHardwareUuid("machine-B");
        const auto locked = client->get(QStringLiteral("/sync/v2/site/"), gamma);
        QCOMPARE(locked.status, 401);
        QVERIFY2(locked.errorText().startsWith(u"Site registration doesn't match"),
                 qPrintable(locked.errorText()));
        QCOMPARE(client->syncGet(QStringLiteral("/sync/v2/queued_records/count")).status, 401);

        client->setHardwareUuid(QByteArray()); // older clients send none: not held to the lock
        QCOMPARE(client->get(QStringLiteral("/sync/v2/site/"), gamma).status, 200);

        QCOMPARE(admin().post(QStringLiteral("/admin/sites/gamma/reset-hardware"), "").status, 200);
        QCOMPARE(admin().post(QStringLiteral("/admin/sites/nobody/reset-hardware"), "").status,
                 404);
        client->setHardwareUuid("machine-B");
        QCOMPARE(client->get(QStringLiteral("/sync/v2/site/"), gamma).status,
                 200); // B now holds it
        client->setHardwareUuid("machine-A");
        QCOMPARE(client->get(QStringLiteral("/sync/v2/site/"), gamma).status, 401);
        QCOMPARE(admin().post(QStringLiteral("/admin/sites/gamma/reset-hardware"), "").status, 200);
    }

    void siteParametersAreChecked()
    {
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        QCOMPARE(client->get(QStringLiteral("/sync/v2/queued_records/count")).status, 400);
        const auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        HttpClient wrongFrom(m_primary.url());
        wrongFrom.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("alpha"), QStringLiteral("alpha-pass")));
        // Logged in as alpha, asking for beta's queue.
        wrongFrom.setSiteIds(
            beta->get(QStringLiteral("/sync/v2/site/")).object().value(u"SiteID").toInt());
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v2/queued_records/count")).status, 403);
        const int alphaId
            = int(client->get(QStringLiteral("/sync/v2/site/")).object().value(u"SiteID").toInt());
        wrongFrom.setSiteIds(alphaId, 2);
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v2/queued_records/count")).status, 400);
        wrongFrom.setSiteIds(alphaId, 1);
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v2/queued_records/count")).status, 200);
        // v3 paths and missing trailing slashes are the same calls.
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v3/queued_records/count")).status, 200);
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v2/queued_records")).status, 200);
        QCOMPARE(wrongFrom.syncGet(QStringLiteral("/sync/v2/no_such_call")).status, 404);
    }

    void countGetAcknowledge()
    {
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        drain(*client);
        QCOMPARE(count(*client), 0);
        QList<QByteArray> records;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(newId());
            records.append(envelope(QStringLiteral("item"), ids.last(), QStringLiteral("I"),
                                    itemData(ids.last(), QStringLiteral("Item %1").arg(i))));
        }
        QCOMPARE(queue(QStringLiteral("alpha"), array(records)).status, 200);
        QCOMPARE(count(*client), 3);

        const QUrlQuery two{{QStringLiteral("limit"), QStringLiteral("2")}};
        const QJsonArray head
            = client->syncGet(QStringLiteral("/sync/v2/queued_records/"), two).array();
        QCOMPARE(head.size(), 2);
        QCOMPARE(head[0].toObject().value(u"RecordID").toString(), ids[0]); // queue order
        QCOMPARE(head[1].toObject().value(u"RecordID").toString(), ids[1]);
        // No ack: the same head again.
        QCOMPARE(
            syncIdsOf(client->syncGet(QStringLiteral("/sync/v2/queued_records/"), two).array()),
            syncIdsOf(head));
        // No limit: one record.
        QCOMPARE(client->syncGet(QStringLiteral("/sync/v2/queued_records/")).array().size(), 1);
        // By sync_id.
        const QString second = syncIdsOf(head)[1];
        const QJsonArray one = client
                                   ->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                                             QUrlQuery{{QStringLiteral("sync_id"), second}})
                                   .array();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].toObject().value(u"SyncID").toString(), second);
        QCOMPARE(client
                     ->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                               QUrlQuery{{QStringLiteral("sync_id"), newId()}})
                     .array()
                     .size(),
                 0);
        QCOMPARE(client
                     ->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                               QUrlQuery{{QStringLiteral("limit"), QStringLiteral("0")}})
                     .status,
                 400);

        const QJsonObject ack{
            {QStringLiteral("SyncRecordIDs"), QJsonArray::fromStringList(syncIdsOf(head))}};
        auto reply = client->syncPost(QStringLiteral("/sync/v2/acknowledged_records/"),
                                      QJsonDocument(ack).toJson());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().isObject());
        QCOMPARE(count(*client), 1);
        // A bare array is accepted too; unknown IDs are ignored.
        const QString last
            = syncIdsOf(client->syncGet(QStringLiteral("/sync/v2/queued_records/")).array())[0];
        reply = client->syncPost(QStringLiteral("/sync/v2/acknowledged_records/"),
                                 QJsonDocument(QJsonArray{last, newId()}).toJson());
        QCOMPARE(reply.status, 200);
        QCOMPARE(count(*client), 0);
        QCOMPARE(client->syncGet(QStringLiteral("/sync/v2/queued_records/"), two).array().size(),
                 0);
    }

    void pushIsIdempotentUpsertAndDelete()
    {
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const QString store = storeOf(*client);
        const QString id = newId();
        const QByteArray push = array(
            {envelope(QStringLiteral("item_line"), id, QStringLiteral("I"), stockData(id, store))});
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto reply = client->syncPost(QStringLiteral("/sync/v2/queued_records/"), push);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.json().isObject());
        }
        QCOMPARE(held(QStringLiteral("item_line"), id).size(), 1);
        QCOMPARE(held(QStringLiteral("item_line"), id)[0].toObject().value(u"batch").toString(),
                 QStringLiteral("B1"));

        // RecordID may be missing (Data.ID names the record) and `data` may be lower case.
        const QByteArray update = "[{\"SyncID\":\"" + newId().toUtf8()
            + "\",\"RecordType\":\"item_line\",\"SyncType\":\"U\","
              "\"data\":"
            + stockData(id, store, u"B2"_s) + "}]";
        QCOMPARE(client->syncPost(QStringLiteral("/sync/v2/queued_records/"), update).status, 200);
        QCOMPARE(held(QStringLiteral("item_line"), id)[0].toObject().value(u"batch").toString(),
                 QStringLiteral("B2"));

        const QByteArray remove
            = array({envelope(QStringLiteral("item_line"), id, QStringLiteral("D"), {})});
        QCOMPARE(client->syncPost(QStringLiteral("/sync/v2/queued_records/"), remove).status, 200);
        QCOMPARE(held(QStringLiteral("item_line"), id).size(), 0);
        // Deleting what the primary does not hold is not an error.
        QCOMPARE(client->syncPost(QStringLiteral("/sync/v2/queued_records/"), remove).status, 200);
    }

    void pushIsAllOrNothing()
    {
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const QString good = newId();
        const QByteArray bad = "{\"SyncID\":\"X\",\"RecordID\":\"" + newId().toUtf8()
            + "\",\"SyncType\":\"I\",\"Data\":{}}";
        const auto reply = client->syncPost(
            QStringLiteral("/sync/v2/queued_records/"),
            array({envelope(QStringLiteral("item_line"), good, QStringLiteral("I"),
                            stockData(good, storeOf(*client))),
                   bad}));
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.object().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("invalid_record"));
        QCOMPARE(error.value(u"data").toObject().value(u"index").toInt(), 1);
        QVERIFY(reply.errorText().contains(u"RecordType"));
        QCOMPARE(held(QStringLiteral("item_line"), good).size(), 0);
    }

    void pushReachesOtherSitesNotTheSender()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        auto gamma = siteClient(QStringLiteral("gamma"), QStringLiteral("gamma-pass"));
        const QString alphaStore = storeOf(*alpha), betaStore = storeOf(*beta);
        // A patient of alpha's that beta sees too.
        const QString patient = newId(), alphaJoin = newId(), betaJoin = newId();
        QCOMPARE(
            queue(QStringLiteral("gamma"),
                  array({envelope(QStringLiteral("name"), patient, QStringLiteral("I"),
                                  patientData(patient, alphaStore)),
                         envelope(QStringLiteral("name_store_join"), alphaJoin, QStringLiteral("I"),
                                  joinData(alphaJoin, patient, alphaStore)),
                         envelope(QStringLiteral("name_store_join"), betaJoin, QStringLiteral("I"),
                                  joinData(betaJoin, patient, betaStore))}))
                .status,
            200);
        drain(*alpha);
        drain(*beta);
        drain(*gamma);
        const QByteArray data = patientData(patient, alphaStore, u"Tui-Ngata"_s);
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                array({envelope(QStringLiteral("name"), patient,
                                                QStringLiteral("U"), data)}))
                     .status,
                 200);
        QCOMPARE(count(*alpha), 0);
        const QJsonArray received = drain(*beta);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].toObject().value(u"RecordID").toString(), patient);
        QCOMPARE(notCarried(received[0].toObject().value(u"data").toObject(), data), QString());
        QCOMPARE(count(*gamma), 0); // not gamma's patient

        // Store data reaches only the sites of that store.
        const QString lineId = newId();
        QCOMPARE(
            alpha
                ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                           array({envelope(QStringLiteral("item_line"), lineId, QStringLiteral("I"),
                                           stockData(lineId, alphaStore))}))
                .status,
            200);
        QCOMPARE(count(*beta), 0);
        QCOMPARE(count(*gamma), 0);
    }

    // A site merges two of its patients: the references to the one removed
    // follow, wherever they are; nothing else changes.
    void mergeRepointsReferences()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString alphaStore = storeOf(*alpha), betaStore = storeOf(*beta);
        const QString kept = newId(), merged = newId(), invoice = newId(), alphaJoin = newId();
        const QByteArray invoiceData = "{\"ID\":\"" + invoice.toUtf8() + "\",\"store_ID\":\""
            + alphaStore.toUtf8() + "\",\"name_ID\":\"" + merged.toUtf8()
            + "\",\"type\":\"ci\",\"comment\":\"" + merged.toUtf8() + "\",\"their_ref\":\"x"
            + merged.toUtf8() + "\"}";
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                array({envelope(QStringLiteral("name"), kept, QStringLiteral("I"),
                                                patientData(kept, alphaStore)),
                                       envelope(QStringLiteral("name"), merged, QStringLiteral("I"),
                                                patientData(merged, alphaStore, u"Tui2"_s)),
                                       envelope(QStringLiteral("name_store_join"), alphaJoin,
                                                QStringLiteral("I"),
                                                joinData(alphaJoin, merged, alphaStore)),
                                       envelope(QStringLiteral("transact"), invoice,
                                                QStringLiteral("I"), invoiceData)}))
                     .status,
                 200);
        // Beta sees the duplicate too.
        const auto opened = beta->post(QStringLiteral("/sync/v4/name_store_join"),
                                       "{\"name_ID\":\"" + merged.toUtf8() + "\",\"store_ID\":\""
                                           + betaStore.toUtf8() + "\"}");
        QCOMPARE(opened.status, 200);
        const QString betaJoin = opened.object().value(u"ID").toString();
        drain(*beta);

        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                '[' + mergeEnvelope(QStringLiteral("name"), kept, merged) + ']')
                     .status,
                 200);
        QCOMPARE(held(QStringLiteral("name"), merged).size(), 0);
        const QJsonObject repointed = held(QStringLiteral("transact"), invoice)[0].toObject();
        QCOMPARE(repointed.value(u"name_ID").toString(), kept);
        // Text that is not a reference, or holds the ID within it, is left alone.
        QCOMPARE(repointed.value(u"comment").toString(), merged);
        QCOMPARE(repointed.value(u"their_ref").toString(), u"x"_s + merged);
        QCOMPARE(held(QStringLiteral("name_store_join"), betaJoin)[0]
                     .toObject()
                     .value(u"name_ID")
                     .toString(),
                 kept);
        QMap<QString, QString> received; // RecordID -> SyncType
        for (const QJsonValue &record : drain(*beta))
            received.insert(record.toObject().value(u"RecordID").toString(),
                            record.toObject().value(u"SyncType").toString());
        QCOMPARE(received.value(betaJoin), QStringLiteral("U"));
        QCOMPARE(received.value(kept), QStringLiteral("U")); // the join opens it to beta
        QCOMPARE(received.value(merged), QStringLiteral("D"));
        QVERIFY(!received.contains(invoice)); // alpha's store data
    }

    // One poisoned record: text that is not UTF-8, or a lone surrogate, is
    // refused wherever it is, naming the record; nothing of the push is kept.
    void poisonedTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("member"); // put into Data
        QTest::addColumn<QByteArray>("storeId"); // the envelope's StoreID
        const QByteArray fine = "\"note\":\"fine\"";
        QTest::newRow("lone high surrogate")
            << QByteArray("\"note\":\"a\\ud800b\"") << QByteArray();
        QTest::newRow("lone low surrogate") << QByteArray("\"note\":\"\\udc00\"") << QByteArray();
        QTest::newRow("high, then not low")
            << QByteArray("\"note\":\"\\ud800\\u0041\"") << QByteArray();
        QTest::newRow("high, then high")
            << QByteArray("\"note\":\"\\ud83d\\ud83d\\ude00\"") << QByteArray();
        QTest::newRow("high at the end") << QByteArray("\"note\":\"x\\uD83D\"") << QByteArray();
        QTest::newRow("in a key") << QByteArray("\"bad\\udfffkey\":\"1\"") << QByteArray();
        QTest::newRow("nested") << QByteArray(
            "\"custom_data\":{\"list\":[\"ok\",{\"deep\":\"\\udc80\"}]}")
                                << QByteArray();
        QTest::newRow("raw invalid byte") << QByteArray("\"note\":\"caf\xff\"") << QByteArray();
        QTest::newRow("cut sequence") << QByteArray("\"note\":\"\xe2\x82\"") << QByteArray();
        QTest::newRow("overlong") << QByteArray("\"note\":\"\xc0\xaf\"") << QByteArray();
        QTest::newRow("encoded surrogate")
            << QByteArray("\"note\":\"\xed\xa0\x80\"") << QByteArray();
        QTest::newRow("in the envelope") << fine << QByteArray("\\ud800");
    }

    void poisonedTextIsRefused()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, storeId);
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const QString store = storeOf(*alpha);
        const QString good = newId(), poisoned = newId();
        QByteArray data = stockData(poisoned, store);
        data.insert(data.size() - 1, ',' + member);
        QByteArray bad = envelope(QStringLiteral("item_line"), poisoned, QStringLiteral("I"), data);
        bad.replace("\"StoreID\":\"\"", "\"StoreID\":\"" + storeId + '"');
        const auto reply
            = alpha->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                              array({envelope(QStringLiteral("item_line"), good,
                                              QStringLiteral("I"), stockData(good, store)),
                                     bad}));
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.object().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("invalid_record"));
        QCOMPARE(error.value(u"data").toObject().value(u"index").toInt(), 1);
        QVERIFY2(reply.errorText().contains(u"record 1 (item_line "_s + poisoned + u')'),
                 qPrintable(reply.errorText()));
        QVERIFY(reply.json().isObject()); // the refusal itself is good JSON
        QCOMPARE(held(QStringLiteral("item_line"), poisoned).size(), 0);
        QCOMPARE(held(QStringLiteral("item_line"), good).size(), 0);
    }

    void goodTextIsKeptAndBadTextRefusedEverywhere()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString store = storeOf(*alpha);
        // Pairs, multibyte UTF-8 and escapes of ordinary characters are fine.
        const QString id = newId();
        QByteArray data = stockData(id, store);
        data.insert(
            data.size() - 1,
            ",\"note\":\"M\xc4\x81nuka \\ud83d\\ude00 \\u00e9 \\\\ud800 \xf0\x9f\x92\x8a\"");
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                array({envelope(QStringLiteral("item_line"), id,
                                                QStringLiteral("I"), data)}))
                     .status,
                 200);
        // Kept as sent, byte for byte; the fields it lacks follow.
        QVERIFY(admin()
                    .get(QStringLiteral("/admin/records"),
                         QUrlQuery{{QStringLiteral("type"), QStringLiteral("item_line")},
                                   {QStringLiteral("id"), id}})
                    .body.startsWith('[' + data.chopped(1) + ','));

        // v1 pushes are checked as they came, before anything decodes them.
        const QByteArray v1 = "[{\"SyncID\":\"" + newId().toUtf8()
            + "\",\"TableNumber\":1,\"RecordID\":\"X1\",\"SyncType\":\"I\","
              "\"StoreID\":\"\\udc00\",\"fields\":[],\"values\":[]}]";
        const auto refused = alpha->syncPost(QStringLiteral("/sync/v1/queued_records/"), v1);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errorText().contains(u"surrogate"), qPrintable(refused.errorText()));

        // Nor can an administrator queue it.
        drain(*beta);
        const QString queuedId = newId();
        const auto admin = queue(
            QStringLiteral("beta"),
            array({envelope(QStringLiteral("item"), queuedId, QStringLiteral("I"),
                            "{\"ID\":\"" + queuedId.toUtf8() + "\",\"item_name\":\"\\ud800\"}")}));
        QCOMPARE(admin.status, 400);
        QVERIFY2(admin.errorText().contains(u"surrogate"), qPrintable(admin.errorText()));
        QCOMPARE(count(*beta), 0);
        QCOMPARE(held(QStringLiteral("item"), queuedId).size(), 0);
        QCOMPARE(queue(QStringLiteral("beta"), "[{\"RecordType\":\"item\",\"x\":\"\xff\"}]").status,
                 400);
        QCOMPARE(count(*beta), 0);
    }

    // A push refused for one record: 4xx with the code and the record's index,
    // and its type and ID in the words.
    static bool refusedAt(const HttpClient::Reply &reply, int status, const QString &code,
                          int index, const QString &type, const QString &id, QString *why)
    {
        const QJsonObject error = reply.object().value(u"error").toObject();
        *why = QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
        return reply.status == status && error.value(u"code").toString() == code
            && error.value(u"data").toObject().value(u"index").toInt(-1) == index
            && reply.errorText().contains(type) && reply.errorText().contains(id);
    }

    // Merges change the references to the record removed and nothing else,
    // whoever makes them (here the primary itself, through the admin queue).
    void mergesChangeOnlyReferenceFields()
    {
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString store = storeOf(*beta);
        const QString kept = newId(), removed = newId(), line = newId(), transLine = newId(),
                      location = newId();
        const QByteArray lineData = "{\"ID\":\"" + line.toUtf8() + "\",\"store_ID\":\""
            + store.toUtf8() + "\",\"item_ID\":\"" + removed.toUtf8() + "\",\"note\":\""
            + removed.toUtf8() + "\",\"old_item_ID\":\"" + removed.toUtf8() + "\",\"batch\":\"x"
            + removed.toUtf8() + "\"}";
        const QByteArray transLineData = "{\"ID\":\"" + transLine.toUtf8()
            + "\",\"transaction_ID\":\"\",\"item_ID\":\"" + removed.toUtf8() + "\"}";
        // Not a reference to an item, whatever the field is called.
        const QByteArray locationData = "{\"ID\":\"" + location.toUtf8() + "\",\"store_ID\":\""
            + store.toUtf8() + "\",\"item_ID\":\"" + removed.toUtf8() + "\"}";
        QCOMPARE(
            queue(QStringLiteral("beta"),
                  array({envelope(QStringLiteral("item"), kept, QStringLiteral("I"),
                                  itemData(kept, QStringLiteral("Kept"))),
                         envelope(QStringLiteral("item"), removed, QStringLiteral("I"),
                                  itemData(removed, QStringLiteral("Removed"))),
                         envelope(QStringLiteral("item_line"), line, QStringLiteral("I"), lineData),
                         envelope(QStringLiteral("trans_line"), transLine, QStringLiteral("I"),
                                  transLineData),
                         envelope(QStringLiteral("Location"), location, QStringLiteral("I"),
                                  locationData)}))
                .status,
            200);
        QCOMPARE(queue(QStringLiteral("beta"),
                       '[' + mergeEnvelope(QStringLiteral("item"), kept, removed) + ']')
                     .status,
                 200);
        QCOMPARE(held(QStringLiteral("item"), removed).size(), 0);
        // As stored (the fields it lacked follow), the reference repointed.
        QVERIFY(admin()
                    .get(QStringLiteral("/admin/records"),
                         QUrlQuery{{QStringLiteral("type"), QStringLiteral("item_line")},
                                   {QStringLiteral("id"), line}})
                    .body.startsWith('['
                                     + QByteArray(lineData)
                                           .replace("\"item_ID\":\"" + removed.toUtf8(),
                                                    "\"item_ID\":\"" + kept.toUtf8())
                                           .chopped(1)
                                     + ','));
        QCOMPARE(held(QStringLiteral("trans_line"), transLine)[0]
                     .toObject()
                     .value(u"item_ID")
                     .toString(),
                 kept);
        QCOMPARE(
            held(QStringLiteral("Location"), location)[0].toObject().value(u"item_ID").toString(),
            removed);

        // A merge that cannot be done is queued as given and changes nothing:
        // no key "ID" renamed, no quote let into the data.
        const qint64 items = held(QStringLiteral("item")).size();
        for (const QByteArray &merge :
             {mergeEnvelope(QStringLiteral("item"), u"XX"_s, u"ID"_s),
              mergeEnvelope(QStringLiteral("item"), kept, u"ID"_s),
              mergeEnvelope(QStringLiteral("item"), kept + u"\\\"x"_s, line),
              mergeEnvelope(QStringLiteral("transact"), kept, line)}) {
            QCOMPARE(queue(QStringLiteral("beta"), '[' + merge + ']').status, 200);
            const QJsonArray all = held(QStringLiteral("item"));
            QCOMPARE(all.size(), items);
            QVERIFY(idsOf(all).contains(kept));
            QVERIFY(!idsOf(all).contains(QString()));
        }
        QCOMPARE(held(QStringLiteral("item_line"), line)[0].toObject().value(u"ID").toString(),
                 line);
        drain(*beta);
    }

    // What a site may merge: two of its own patients that the primary holds,
    // named by plain IDs; anything else is refused and changes nothing.
    void mergesAreChecked()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString alphaStore = storeOf(*alpha), betaStore = storeOf(*beta);
        const QString item1 = newId(), item2 = newId(), clinician1 = newId(), clinician2 = newId(),
                      facility1 = newId(), facility2 = newId(), mine1 = newId(), mine2 = newId(),
                      theirs = newId(), theirJoin = newId();
        const auto facility = [](const QString &id) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"name\":\"Hill\",\"type\":\"facility\"}";
        };
        const auto clinician = [](const QString &id) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"first_name\":\"A\",\"last_name\":\"B\"}";
        };
        QCOMPARE(
            queue(QStringLiteral("gamma"),
                  array({envelope(QStringLiteral("item"), item1, QStringLiteral("I"),
                                  itemData(item1, QStringLiteral("One"))),
                         envelope(QStringLiteral("item"), item2, QStringLiteral("I"),
                                  itemData(item2, QStringLiteral("Two"))),
                         envelope(QStringLiteral("clinician"), clinician1, QStringLiteral("I"),
                                  clinician(clinician1)),
                         envelope(QStringLiteral("clinician"), clinician2, QStringLiteral("I"),
                                  clinician(clinician2)),
                         envelope(QStringLiteral("name"), facility1, QStringLiteral("I"),
                                  facility(facility1)),
                         envelope(QStringLiteral("name"), facility2, QStringLiteral("I"),
                                  facility(facility2)),
                         envelope(QStringLiteral("name"), mine1, QStringLiteral("I"),
                                  patientData(mine1, alphaStore)),
                         envelope(QStringLiteral("name"), mine2, QStringLiteral("I"),
                                  patientData(mine2, alphaStore)),
                         envelope(QStringLiteral("name"), theirs, QStringLiteral("I"),
                                  patientData(theirs, betaStore)),
                         // beta's patient, visible to alpha
                         envelope(QStringLiteral("name_store_join"), theirJoin, QStringLiteral("I"),
                                  joinData(theirJoin, theirs, alphaStore))}))
                .status,
            200);
        struct Case
        {
            const char *what;
            QByteArray merge;
            int status;
        };
        const QString line = newId();
        const Case cases[] = {
            {"items", mergeEnvelope(u"item"_s, item1, item2), 403},
            {"the issue's merge", mergeEnvelope(u"item"_s, u"XX"_s, u"ID"_s), 403},
            {"clinicians", mergeEnvelope(u"clinician"_s, clinician1, clinician2), 403},
            {"names that are not patients", mergeEnvelope(u"name"_s, facility1, facility2), 403},
            {"another store's patient", mergeEnvelope(u"name"_s, mine1, theirs), 403},
            {"an unknown ID", mergeEnvelope(u"name"_s, u"XX"_s, u"ID"_s), 400},
            {"one not on the primary", mergeEnvelope(u"name"_s, newId(), mine2), 400},
            {"a quote in an ID", mergeEnvelope(u"name"_s, mine1 + u"\\\""_s, mine2), 400},
            {"a space in an ID", mergeEnvelope(u"name"_s, mine1 + u" "_s, mine2), 400},
            {"an empty ID", mergeEnvelope(u"name"_s, QString(), mine2), 400},
            {"the same record", mergeEnvelope(u"name"_s, mine1, mine1), 400},
            {"a type without merges", mergeEnvelope(u"transact"_s, mine1, mine2), 400},
        };
        for (const Case &c : cases) {
            const auto reply
                = alpha->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                  array({envelope(QStringLiteral("item_line"), line,
                                                  QStringLiteral("I"), stockData(line, alphaStore)),
                                         c.merge}));
            QString why;
            const QString type
                = QJsonDocument::fromJson(c.merge).object().value(u"RecordType").toString();
            QVERIFY2(refusedAt(reply, c.status,
                               c.status == 403 ? u"forbidden_record"_s : u"invalid_record"_s, 1,
                               type, QString(), &why),
                     qPrintable(QString::fromLatin1(c.what) + u": "_s + why));
            QCOMPARE(held(QStringLiteral("item_line"), line).size(), 0);
        }
        for (const auto &[type, id] :
             {std::pair{u"item"_s, item2}, std::pair{u"clinician"_s, clinician2},
              std::pair{u"name"_s, facility2}, std::pair{u"name"_s, theirs},
              std::pair{u"name"_s, mine2}})
            QCOMPARE(held(type, id).size(), 1);
        QCOMPARE(held(QStringLiteral("item"), item1)[0].toObject().value(u"ID").toString(), item1);

        // Its own two patients: done.
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                '[' + mergeEnvelope(u"name"_s, mine1, mine2) + ']')
                     .status,
                 200);
        QCOMPARE(held(QStringLiteral("name"), mine2).size(), 0);
        drain(*alpha);
    }

    // Signed in as one site, nothing of another store's, and no reference
    // data, can be inserted, updated or deleted: 403 naming the record, and
    // nothing of the push is applied.
    void sitesStayInTheirOwnStore()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString alphaStore = storeOf(*alpha), betaStore = storeOf(*beta);
        const QString betaInvoice = newId(), betaLine = newId(), betaOrder = newId(),
                      betaCount = newId(), betaStock = newId(), betaPatient = newId(),
                      betaJoin = newId(), item = newId(), facility = newId(), shared = newId(),
                      sharedJoin = newId();
        const auto owned = [](const QString &id, const QString &store, const char *extra = "") {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"store_ID\":\"" + store.toUtf8() + '"'
                + QByteArray(extra) + '}';
        };
        const auto lineOf = [](const QString &id, const char *parentKey, const QString &parent) {
            return "{\"ID\":\"" + id.toUtf8() + "\",\"" + QByteArray(parentKey) + "\":\""
                + parent.toUtf8() + "\",\"quantity\":\"1\"}";
        };
        QCOMPARE(
            queue(
                QStringLiteral("gamma"),
                array(
                    {envelope(u"transact"_s, betaInvoice, u"I"_s,
                              owned(betaInvoice, betaStore, ",\"type\":\"ci\"")),
                     envelope(u"trans_line"_s, betaLine, u"I"_s,
                              lineOf(betaLine, "transaction_ID", betaInvoice)),
                     envelope(u"requisition"_s, betaOrder, u"I"_s, owned(betaOrder, betaStore)),
                     envelope(u"Stock_take"_s, betaCount, u"I"_s, owned(betaCount, betaStore)),
                     envelope(u"item_line"_s, betaStock, u"I"_s, stockData(betaStock, betaStore)),
                     envelope(u"name"_s, betaPatient, u"I"_s, patientData(betaPatient, betaStore)),
                     envelope(u"name_store_join"_s, betaJoin, u"I"_s,
                              joinData(betaJoin, betaPatient, betaStore)),
                     envelope(u"item"_s, item, u"I"_s, itemData(item, u"Global"_s)),
                     envelope(u"name"_s, facility, u"I"_s,
                              "{\"ID\":\"" + facility.toUtf8()
                                  + "\",\"name\":\"Hill\",\"type\":\"facility\"}"),
                     // beta's patient that alpha sees
                     envelope(u"name"_s, shared, u"I"_s, patientData(shared, betaStore)),
                     envelope(u"name_store_join"_s, sharedJoin, u"I"_s,
                              joinData(sharedJoin, shared, alphaStore))}))
                .status,
            200);
        drain(*alpha);

        struct Case
        {
            const char *what;
            QString type;
            QString id;
            QString syncType;
            QByteArray data;
        };
        const QString fresh = newId();
        const Case refused[] = {
            {"another store's new invoice", u"transact"_s, fresh, u"I"_s, owned(fresh, betaStore)},
            {"another store's invoice made ours", u"transact"_s, betaInvoice, u"U"_s,
             owned(betaInvoice, alphaStore)},
            {"another store's invoice deleted", u"transact"_s, betaInvoice, u"D"_s, {}},
            {"a line of another store's invoice", u"trans_line"_s, fresh, u"I"_s,
             lineOf(fresh, "transaction_ID", betaInvoice)},
            {"another store's line moved to nothing", u"trans_line"_s, betaLine, u"U"_s,
             lineOf(betaLine, "transaction_ID", fresh)},
            {"a line of another store's order", u"requisition_line"_s, fresh, u"I"_s,
             lineOf(fresh, "requisition_ID", betaOrder)},
            {"a line of another store's count", u"Stock_take_lines"_s, fresh, u"I"_s,
             lineOf(fresh, "stock_take_ID", betaCount)},
            {"a line of no invoice", u"trans_line"_s, fresh, u"I"_s,
             lineOf(fresh, "transaction_ID", newId())},
            {"another store's stock deleted", u"item_line"_s, betaStock, u"D"_s, {}},
            {"a global item renamed", u"item"_s, item, u"U"_s, itemData(item, u"Renamed"_s)},
            {"a global item deleted", u"item"_s, item, u"D"_s, {}},
            {"a new item", u"item"_s, fresh, u"I"_s, itemData(fresh, u"New"_s)},
            {"a unit", u"unit"_s, fresh, u"I"_s,
             "{\"ID\":\"" + fresh.toUtf8() + "\",\"units\":\"box\"}"},
            {"a store", u"store"_s, alphaStore, u"U"_s,
             "{\"ID\":\"" + alphaStore.toUtf8() + "\",\"name\":\"mine\"}"},
            {"a clinician of our store", u"clinician"_s, fresh, u"I"_s, owned(fresh, alphaStore)},
            {"a master list", u"list_master"_s, fresh, u"I"_s,
             "{\"ID\":\"" + fresh.toUtf8() + "\",\"description\":\"x\"}"},
            {"a name that is not a patient", u"name"_s, fresh, u"I"_s,
             "{\"ID\":\"" + fresh.toUtf8() + "\",\"name\":\"Mine\",\"type\":\"facility\"}"},
            {"a facility made a patient", u"name"_s, facility, u"U"_s,
             patientData(facility, alphaStore)},
            {"another store's patient", u"name"_s, betaPatient, u"U"_s,
             patientData(betaPatient, alphaStore)},
            {"a patient that is not ours", u"name"_s, fresh, u"I"_s, patientData(fresh, betaStore)},
            {"a visible patient deleted", u"name"_s, shared, u"D"_s, {}},
            {"a patient joined to another store", u"name_store_join"_s, fresh, u"I"_s,
             joinData(fresh, shared, betaStore)},
            {"another store's join", u"name_store_join"_s, betaJoin, u"U"_s,
             joinData(betaJoin, betaPatient, alphaStore)},
            {"a facility joined to our store", u"name_store_join"_s, fresh, u"I"_s,
             joinData(fresh, facility, alphaStore)},
        };
        const QString ownInvoice = newId();
        for (const Case &c : refused) {
            const auto before = held(c.type, c.id);
            const auto reply = alpha->syncPost(
                QStringLiteral("/sync/v2/queued_records/"),
                array({envelope(u"transact"_s, ownInvoice, u"I"_s, owned(ownInvoice, alphaStore)),
                       envelope(c.type, c.id, c.syncType, c.data)}));
            QString why;
            QVERIFY2(refusedAt(reply, 403, u"forbidden_record"_s, 1, c.type, c.id, &why),
                     qPrintable(QString::fromLatin1(c.what) + u": "_s + why));
            QCOMPARE(held(c.type, c.id), before);
            QCOMPARE(held(u"transact"_s, ownInvoice).size(), 0);
        }
        // Ours in the push, another store's at its end.
        const auto moved = alpha->syncPost(
            QStringLiteral("/sync/v2/queued_records/"),
            array({envelope(u"item_line"_s, fresh, u"I"_s, stockData(fresh, alphaStore)),
                   envelope(u"item_line"_s, fresh, u"U"_s, stockData(fresh, betaStore))}));
        QString why;
        QVERIFY2(refusedAt(moved, 403, u"forbidden_record"_s, 1, u"item_line"_s, fresh, &why),
                 qPrintable(why));
        QCOMPARE(held(u"item_line"_s, fresh).size(), 0);
        QCOMPARE(count(*beta), 0);

        // What is its own: a dispensing (lines before their invoice), stock, a
        // patient it registers and joins, a patient it sees, its own deletes.
        const QString invoice = newId(), line = newId(), patient = newId(), join = newId(),
                      stock = newId();
        const auto allowed = alpha->syncPost(
            QStringLiteral("/sync/v2/queued_records/"),
            array(
                {envelope(u"trans_line"_s, line, u"I"_s, lineOf(line, "transaction_ID", invoice)),
                 envelope(u"transact"_s, invoice, u"I"_s,
                          owned(invoice, alphaStore, ",\"type\":\"ci\"")),
                 envelope(u"item_line"_s, stock, u"I"_s, stockData(stock, alphaStore)),
                 envelope(u"name"_s, patient, u"I"_s, patientData(patient, alphaStore)),
                 envelope(u"name_store_join"_s, join, u"I"_s, joinData(join, patient, alphaStore)),
                 envelope(u"name"_s, shared, u"U"_s, patientData(shared, betaStore, u"Seen"_s)),
                 envelope(u"Location"_s, fresh, u"I"_s, owned(fresh, alphaStore))}));
        QCOMPARE(allowed.status, 200);
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                array({envelope(u"item_line"_s, stock, u"D"_s, {}),
                                       envelope(u"name"_s, patient, u"D"_s, {})}))
                     .status,
                 200);
        QCOMPARE(held(u"item_line"_s, stock).size(), 0);
        QCOMPARE(held(u"name"_s, shared)[0].toObject().value(u"last").toString(), u"Seen"_s);
        drain(*alpha);
        drain(*beta);
    }

    void initialDumpFullAndSubset()
    {
        auto clinic = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        const auto dump
            = clinic->syncGet(QStringLiteral("/sync/v2/initial_dump/"),
                              QUrlQuery{{QStringLiteral("type"), QStringLiteral("full")}});
        QCOMPARE(dump.status, 200);
        QVERIFY(dump.json().isObject());
        const qint64 full = count(*clinic);
        QVERIFY2(full >= 1500 && full <= 3000, qPrintable(QString::number(full)));
        // Repeating it rebuilds, it does not add.
        clinic->syncGet(QStringLiteral("/sync/v2/initial_dump/"),
                        QUrlQuery{{QStringLiteral("type"), QStringLiteral("full")}});
        QCOMPARE(count(*clinic), full);
        const QJsonArray fullRecords = drain(*clinic);
        QCOMPARE(fullRecords.size(), full);

        QCOMPARE(clinic->syncGet(QStringLiteral("/sync/v2/initial_dump/")).status, 200);
        const qint64 subset = count(*clinic);
        QVERIFY2(subset > 0 && subset < full,
                 qPrintable(QStringLiteral("%1 of %2").arg(subset).arg(full)));
        int prescriptions = 0;
        for (const QJsonValue &record : drain(*clinic)) {
            const QJsonObject data = record.toObject().value(u"data").toObject();
            if (record.toObject().value(u"RecordType").toString() == u"transact"
                && data.value(u"mode").toString() == u"dispensary")
                ++prescriptions;
        }
        QCOMPARE(prescriptions, 0);
        int fullPrescriptions = 0;
        QSet<QString> stores;
        for (const QJsonValue &record : fullRecords) {
            const QJsonObject object = record.toObject();
            const QJsonObject data = object.value(u"data").toObject();
            if (object.value(u"RecordType").toString() == u"transact"
                && data.value(u"mode").toString() == u"dispensary")
                ++fullPrescriptions;
            if (object.value(u"RecordType").toString() == u"item_line")
                stores.insert(data.value(u"store_ID").toString());
        }
        QVERIFY(fullPrescriptions > 0);
        QCOMPARE(stores.size(), 1); // only the clinic's own stock
    }

    void v1RoundTrip()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString alphaStore = storeOf(*alpha);
        // A patient of alpha's that beta sees too: alpha's change reaches beta.
        const QString id = newId(), alphaJoin = newId(), betaJoin = newId();
        QCOMPARE(
            queue(QStringLiteral("gamma"),
                  array({envelope(QStringLiteral("name_store_join"), alphaJoin, QStringLiteral("I"),
                                  joinData(alphaJoin, id, alphaStore)),
                         envelope(QStringLiteral("name_store_join"), betaJoin, QStringLiteral("I"),
                                  joinData(betaJoin, id, storeOf(*beta)))}))
                .status,
            200);
        drain(*alpha);
        drain(*beta);
        const QByteArray data = "{\"ID\":\"" + id.toUtf8()
            + "\",\"name\":\"Zinc, Rua\",\"type\":\"patient\",\"supplying_store_id\":\""
            + alphaStore.toUtf8()
            + "\",\"first\":\"Rua\",\"last\":\"Zinc\","
              "\"odd field\":\"kept\"}";
        QCOMPARE(queue(QStringLiteral("alpha"),
                       array({envelope(QStringLiteral("name"), id, QStringLiteral("I"), data)}))
                     .status,
                 200);

        const QJsonArray tables
            = alpha->get(QStringLiteral("/sync/v1/schema")).object().value(u"tables").toArray();
        QJsonObject nameTable;
        for (const QJsonValue &table : tables) {
            if (table.toObject().value(u"RecordType").toString() == u"name")
                nameTable = table.toObject();
        }
        QVERIFY(!nameTable.isEmpty());
        const QJsonObject fieldNumbers = nameTable.value(u"fields").toObject();

        const QJsonArray pulled
            = alpha
                  ->syncGet(QStringLiteral("/sync/v1/queued_records/"),
                            QUrlQuery{{QStringLiteral("limit"), QStringLiteral("10")}})
                  .array();
        QCOMPARE(pulled.size(), 1);
        QJsonObject v1 = pulled[0].toObject();
        QCOMPARE(v1.value(u"TableNumber").toInt(), nameTable.value(u"TableNumber").toInt());
        QCOMPARE(v1.value(u"RecordID").toString(), id);
        QCOMPARE(v1.value(u"KeyFieldID").toInt(), fieldNumbers.value(u"ID").toInt());
        const QJsonArray fields = v1.value(u"fields").toArray();
        QJsonArray values = v1.value(u"values").toArray();
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields[6].toInt(), fieldNumbers.value(u"odd field").toInt());
        QCOMPARE(values[6].toString(), QStringLiteral("kept"));

        // Change one value and push the record back through v1.
        const int nameIndex
            = int(fields.toVariantList().indexOf(fieldNumbers.value(u"name").toInt()));
        values[nameIndex] = QStringLiteral("Zinc-Hapi, Rua");
        v1.insert(QStringLiteral("values"), values);
        v1.insert(QStringLiteral("SyncType"), QStringLiteral("U"));
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v1/queued_records/"),
                                QJsonDocument(QJsonArray{v1}).toJson())
                     .status,
                 200);

        // Every other field comes back unchanged, in the same order.
        const QJsonArray seen = drain(*beta);
        QCOMPARE(seen.size(), 1);
        const QByteArray expected = QByteArray(data).replace("Zinc, Rua", "Zinc-Hapi, Rua");
        QCOMPARE(notCarried(seen[0].toObject().value(u"data").toObject(), expected), QString());
        const QByteArray raw = admin()
                                   .get(QStringLiteral("/admin/records"),
                                        QUrlQuery{{QStringLiteral("type"), QStringLiteral("name")},
                                                  {QStringLiteral("id"), id}})
                                   .body;
        QVERIFY(raw.startsWith('[' + expected.chopped(1) + ','));

        // An unknown field number is refused.
        QJsonObject wrong = v1;
        wrong.insert(QStringLiteral("fields"), QJsonArray{999});
        wrong.insert(QStringLiteral("values"), QJsonArray{QStringLiteral("x")});
        QCOMPARE(alpha
                     ->syncPost(QStringLiteral("/sync/v1/queued_records/"),
                                QJsonDocument(QJsonArray{wrong}).toJson())
                     .status,
                 400);
    }

    void v4NameStoreJoin()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        drain(*alpha);
        const QString storeId
            = alpha->get(QStringLiteral("/sync/v2/site/")).object().value(u"StoreID").toString();
        const QString patientId = newId();
        const QByteArray patient = "{\"ID\":\"" + patientId.toUtf8()
            + "\",\"name\":\"Tui, Mere\",\"type\":\"patient\","
              "\"first\":\"Mere\",\"last\":\"Tui\",\"date_of_birth\":\"1980-02-29T00:00:00\"}";
        QCOMPARE(queue(QStringLiteral("beta"),
                       array({envelope(QStringLiteral("name"), patientId, QStringLiteral("I"),
                                       patient)}))
                     .status,
                 200);

        const QByteArray body = "{\"name_ID\":\"" + patientId.toUtf8() + "\",\"store_ID\":\""
            + storeId.toUtf8() + "\"}";
        const auto first = alpha->post(QStringLiteral("/sync/v4/name_store_join"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value(u"name_ID").toString(), patientId);
        QCOMPARE(first.object().value(u"store_ID").toString(), storeId);
        QCOMPARE(first.object().value(u"inactive").toBool(true), false);
        const QString joinId = first.object().value(u"ID").toString();
        QCOMPARE(joinId.size(), 32);
        // Asking twice returns the existing join; /api/v4 is the same call.
        const auto second = alpha->post(QStringLiteral("/api/v4/name_store_join"), body);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object().value(u"ID").toString(), joinId);
        // The store now receives the join and the patient.
        QSet<QString> received;
        for (const QJsonValue &record : drain(*alpha))
            received.insert(record.toObject().value(u"RecordID").toString());
        QVERIFY(received.contains(joinId));
        QVERIFY(received.contains(patientId));

        QCOMPARE(alpha
                     ->post(QStringLiteral("/sync/v4/name_store_join"),
                            "{\"name_ID\":\"" + patientId.toUtf8() + "\"}")
                     .status,
                 400);
        QCOMPARE(alpha
                     ->post(QStringLiteral("/sync/v4/name_store_join"),
                            "{\"name_ID\":\"" + newId().toUtf8() + "\",\"store_ID\":\""
                                + storeId.toUtf8() + "\"}")
                     .status,
                 400);
        QCOMPARE(alpha->post(QStringLiteral("/sync/v4/name_store_join"), "not json").status, 400);
        HttpClient stranger(m_primary.url());
        stranger.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("alpha"), QStringLiteral("nope")));
        QCOMPARE(stranger.post(QStringLiteral("/sync/v4/name_store_join"), body).status, 401);
    }

    void v4PatientHistory()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const QString storeId
            = alpha->get(QStringLiteral("/sync/v2/site/")).object().value(u"StoreID").toString();
        const QString patientId = newId(), itemId = newId(), lineId = newId(),
                      clinicianId = newId();
        const QString older = newId(), newer = newId(), draft = newId();
        // Typed dialect on purpose: the history reads both.
        QList<QByteArray> records = {
            envelope(QStringLiteral("name"), patientId, QStringLiteral("I"),
                     "{\"ID\":\"" + patientId.toUtf8()
                         + "\",\"name\":\"Ngata, Aroha\",\"type\":\"patient\"}"),
            envelope(QStringLiteral("item"), itemId, QStringLiteral("I"),
                     "{\"ID\":\"" + itemId.toUtf8()
                         + "\",\"code\":\"C19PB\",\"item_name\":\"COVID-19 "
                           "vaccine\",\"doses\":6,\"is_vaccine\":true}"),
            envelope(QStringLiteral("item_line"), lineId, QStringLiteral("I"),
                     "{\"ID\":\"" + lineId.toUtf8() + "\",\"item_ID\":\"" + itemId.toUtf8()
                         + "\",\"store_ID\":\"" + storeId.toUtf8() + "\"}"),
            envelope(QStringLiteral("clinician"), clinicianId, QStringLiteral("I"),
                     "{\"ID\":\"" + clinicianId.toUtf8()
                         + "\",\"first_name\":\"Melaia\",\"last_name\":\"Baleinausori\"}"),
        };
        const auto transact = [&](const QString &id, const char *date, const char *status) {
            return envelope(QStringLiteral("transact"), id, QStringLiteral("I"),
                            "{\"ID\":\"" + id.toUtf8() + "\",\"name_ID\":\"" + patientId.toUtf8()
                                + "\",\"store_ID\":\"" + storeId.toUtf8()
                                + "\",\"type\":\"ci\",\"mode\":\"dispensary\",\"status\":\""
                                + status + "\",\"confirm_date\":\"" + date
                                + "\",\"prescriber_ID\":\"" + clinicianId.toUtf8() + "\"}");
        };
        const auto transLine = [&](const QString &transactId, const QByteArray &quantity) {
            const QString id = newId();
            return envelope(QStringLiteral("trans_line"), id, QStringLiteral("I"),
                            "{\"ID\":\"" + id.toUtf8() + "\",\"transaction_ID\":\""
                                + transactId.toUtf8() + "\",\"item_line_ID\":\"" + lineId.toUtf8()
                                + "\",\"item_name\":\"COVID-19 vaccine\",\"quantity\":" + quantity
                                + ",\"medicine_administrator_ID\":\"" + clinicianId.toUtf8()
                                + "\"}");
        };
        records << transact(newer, "2021-05-07T00:00:00", "fn")
                << transact(older, "2019-02-22", "cn") << transact(draft, "2022-01-01", "nw")
                << transLine(newer, "0.166666666666667") << transLine(older, "\"5\"");
        QCOMPARE(queue(QStringLiteral("alpha"), array(records)).status, 200);
        drain(*alpha);

        const auto reply = alpha->get(QStringLiteral("/sync/v4/patient_history"),
                                      QUrlQuery{{QStringLiteral("id"), patientId}});
        QCOMPARE(reply.status, 200);
        const QJsonArray history = reply.array();
        QCOMPARE(history.size(), 2); // the draft has not been dispensed
        QCOMPARE(history[0].toObject().value(u"confirm_date").toString(),
                 QStringLiteral("2019-02-22"));
        QCOMPARE(history[1].toObject().value(u"confirm_date").toString(),
                 QStringLiteral("2021-05-07")); // newest last
        const QJsonObject latest = history[1].toObject();
        QCOMPARE(latest.value(u"store").toObject().value(u"name").toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(latest.value(u"clinician").toObject().value(u"last_name").toString(),
                 QStringLiteral("Baleinausori"));
        const QJsonObject line = latest.value(u"transLines").toArray()[0].toObject();
        QCOMPARE(line.value(u"quantity").toDouble(), 0.166666666666667);
        QCOMPARE(line.value(u"item_name").toString(), QStringLiteral("COVID-19 vaccine"));
        QCOMPARE(line.value(u"medicineAdministrator").toObject().value(u"first_name").toString(),
                 QStringLiteral("Melaia"));
        const QJsonObject item = line.value(u"itemLine").toObject().value(u"item").toObject();
        QCOMPARE(item.value(u"code").toString(), QStringLiteral("C19PB"));
        QCOMPARE(item.value(u"doses").toInt(), 6);
        QCOMPARE(item.value(u"is_vaccine").toBool(), true);
        QCOMPARE(history[0]
                     .toObject()
                     .value(u"transLines")
                     .toArray()[0]
                     .toObject()
                     .value(u"quantity")
                     .toDouble(),
                 5.0);

        const auto unknown = alpha->get(QStringLiteral("/api/v4/patient_history"),
                                        QUrlQuery{{QStringLiteral("id"), newId()}});
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.array().size(), 0);
        HttpClient stranger(m_primary.url());
        QCOMPARE(stranger
                     .get(QStringLiteral("/sync/v4/patient_history"),
                          QUrlQuery{{QStringLiteral("id"), patientId}})
                     .status,
                 401);
    }

    void v4PatientSearch()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        // A surname of its own, so that the demo world's patients stay out.
        const QString tag = QStringLiteral("Qx") + newId().left(6).toLower();
        const QString mere = newId(), mereana = newId(), hone = newId(), shop = newId();
        const auto name = [&](const QString &id, const QByteArray &fields) {
            return envelope(QStringLiteral("name"), id, QStringLiteral("I"),
                            "{\"ID\":\"" + id.toUtf8() + "\"," + fields + '}');
        };
        const QByteArray last = tag.toUtf8();
        QCOMPARE(queue(QStringLiteral("beta"),
                       array({name(mere,
                                   "\"type\":\"patient\",\"first\":\"Mere\",\"last\":\"" + last
                                       + "son\",\"name\":\"" + last + "son, Mere\",\"code\":\"PX"
                                       + last + "\",\"barcode\":\"*B" + last
                                       + "*\",\"date_of_birth\":\"1980-02-29T00:00:00\","
                                         "\"national_health_number\":\"NH"
                                       + last + "\",\"is_deleted\":\"false\""),
                              // Typed dialect: values come back as stored.
                              name(mereana,
                                   "\"type\":\"patient\",\"first\":\"mereana\",\"last\":\"Mc" + last
                                       + "\",\"date_of_birth\":\"1990-07-01\","
                                         "\"female\":true"),
                              name(hone,
                                   "\"type\":\"patient\",\"first\":\"Hone\",\"last\":\"" + last
                                       + "son\",\"is_deleted\":\"true\""),
                              name(shop,
                                   "\"type\":\"customer\",\"first\":\"Mere\",\"last\":\"" + last
                                       + "son\"")}))
                     .status,
                 200);
        const auto ids = [&](const QString &query) {
            const auto reply = lookup(*alpha, QStringLiteral("patient"), query);
            return reply.status == 200 ? idsOf(reply.array())
                                       : QStringList{QString::number(reply.status)};
        };
        // Contains, ordered by last name, first name, ID; only patients.
        QCOMPARE(ids(u"last_name=@%1@"_s.arg(tag)), (QStringList{mereana, hone, mere}));
        // As mobile sends it: @ encoded, is_deleted=false leaves the deleted out.
        QCOMPARE(ids(u"last_name=%40%1%40&is_deleted=false"_s.arg(tag)),
                 (QStringList{mereana, mere}));
        QCOMPARE(ids(u"last_name=@%1@&is_deleted=true"_s.arg(tag)), QStringList{hone});
        // Starts with, ends with, exact; never case.
        QCOMPARE(ids(u"last_name=%1@"_s.arg(tag.toUpper())), (QStringList{hone, mere}));
        QCOMPARE(ids(u"last_name=@%1"_s.arg(tag)), QStringList{mereana});
        QCOMPARE(ids(u"last_name=%1SON"_s.arg(tag)), (QStringList{hone, mere}));
        QCOMPARE(ids(u"last_name=%1"_s.arg(tag)), QStringList());
        // Parameters are ANDed; empty ones are ignored.
        QCOMPARE(ids(u"first_name=@ERE@&last_name=@%1@&barcode=&dob="_s.arg(tag)),
                 (QStringList{mereana, mere}));
        // barcode: the code or the barcode; policy_number: the national health number.
        QCOMPARE(ids(u"barcode=px%1"_s.arg(tag)), QStringList{mere});
        QCOMPARE(ids(u"barcode=@B%1@"_s.arg(tag)), QStringList{mere});
        QCOMPARE(ids(u"policy_number=@%1@"_s.arg(tag)), QStringList{mere});
        // dob: the calendar day, whichever way date_of_birth is written.
        QCOMPARE(ids(u"dob=29021980&last_name=@%1@"_s.arg(tag)), QStringList{mere});
        QCOMPARE(ids(u"dob=01071990&last_name=@%1@"_s.arg(tag)), QStringList{mereana});
        QCOMPARE(ids(u"dob=28021980&last_name=@%1@"_s.arg(tag)), QStringList());
        // Paging.
        QCOMPARE(ids(u"last_name=@%1@&limit=1&offset=1"_s.arg(tag)), QStringList{hone});
        QCOMPARE(ids(u"last_name=@%1@&limit=2"_s.arg(tag)), (QStringList{mereana, hone}));
        QCOMPARE(ids(u"last_name=@%1@&offset=3"_s.arg(tag)), QStringList());
        QCOMPARE(ids(u"last_name=@%1@&limit=100000"_s.arg(tag)).size(), 3);
        // Without a search value: every patient, 50 at a time.
        QCOMPARE(ids(QString()).size(), 50);

        // The fields mobile reads, from the stored Data; missing ones are "".
        const QJsonArray found
            = lookup(*alpha, QStringLiteral("patient"), u"barcode=PX%1"_s.arg(tag)).array();
        const QJsonObject patient = found.at(0).toObject();
        QStringList keys = patient.keys();
        keys.sort();
        QStringList expected = {u"ID"_s,
                                u"name"_s,
                                u"code"_s,
                                u"barcode"_s,
                                u"phone"_s,
                                u"bill_address1"_s,
                                u"bill_address2"_s,
                                u"bill_postal_zip_code"_s,
                                u"email"_s,
                                u"supplying_store_id"_s,
                                u"first"_s,
                                u"middle"_s,
                                u"last"_s,
                                u"date_of_birth"_s,
                                u"female"_s,
                                u"nationality_ID"_s,
                                u"ethnicity_ID"_s,
                                u"national_health_number"_s,
                                u"nameInsuranceJoin"_s,
                                u"nameNotes"_s};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(patient.value(u"ID").toString(), mere);
        QCOMPARE(patient.value(u"name").toString(), tag + u"son, Mere"_s);
        QCOMPARE(patient.value(u"date_of_birth").toString(), u"1980-02-29T00:00:00"_s);
        QCOMPARE(patient.value(u"national_health_number").toString(), u"NH"_s + tag);
        QCOMPARE(patient.value(u"middle").toString(u"missing"_s), QString());
        QCOMPARE(patient.value(u"nameInsuranceJoin").toArray(), QJsonArray());
        QCOMPARE(patient.value(u"nameNotes").toArray(), QJsonArray());
        const QJsonObject typed = lookup(*alpha, QStringLiteral("patient"),
                                         u"last_name=Mc%1"_s.arg(tag), QStringLiteral("/sync/v4/"))
                                      .array()
                                      .at(0)
                                      .toObject();
        // Typed values are stored into their fields: served in the string dialect.
        QCOMPARE(typed.value(u"female"), QJsonValue(u"true"_s));
        QCOMPARE(typed.value(u"date_of_birth").toString(), u"1990-07-01T00:00:00"_s);

        // A patient of a demo clinic is found by any site.
        QVERIFY(!ids(QStringLiteral("last_name=@a@")).isEmpty());

        for (const QString &bad : {u"dob=31022000"_s, u"dob=1980-02-29"_s, u"offset=-1"_s,
                                   u"limit=0"_s, u"limit=ten"_s, u"is_deleted=maybe"_s}) {
            const auto reply = lookup(*alpha, QStringLiteral("patient"), bad);
            QCOMPARE(reply.status, 400);
            QVERIFY2(!reply.errorText().isEmpty(), qPrintable(bad));
        }
        HttpClient stranger(m_primary.url());
        QCOMPARE(lookup(stranger, QStringLiteral("patient"), QString()).status, 401);
    }

    void v4PrescriberSearch()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        const QString storeId = storeOf(*alpha);
        const QString tag = QStringLiteral("Qx") + newId().left(6).toLower();
        const QString melaia = newId(), sione = newId(), ana = newId();
        const auto clinician = [&](const QString &id, const QString &first, const QString &last,
                                   const QString &code) {
            return envelope(QStringLiteral("clinician"), id, QStringLiteral("I"),
                            "{\"ID\":\"" + id.toUtf8() + "\",\"first_name\":\"" + first.toUtf8()
                                + "\",\"last_name\":\"" + last.toUtf8() + "\",\"code\":\""
                                + code.toUtf8() + "\",\"registration_code\":\"MC" + code.toUtf8()
                                + "\",\"phone\":\"0712 345 678\",\"store_ID\":\"" + storeId.toUtf8()
                                + "\",\"active\":\"true\"}");
        };
        QCOMPARE(queue(QStringLiteral("beta"),
                       array({clinician(melaia, u"Melaia"_s, tag + u"ni"_s, tag + u"1"_s),
                              clinician(sione, u"Sione"_s, u"Ba"_s + tag, tag + u"2"_s),
                              clinician(ana, u"Ana"_s, tag + u"ni"_s, u"X"_s + tag)}))
                     .status,
                 200);
        const auto ids = [&](const QString &query) {
            const auto reply = lookup(*alpha, QStringLiteral("prescriber"), query);
            return reply.status == 200 ? idsOf(reply.array())
                                       : QStringList{QString::number(reply.status)};
        };
        QCOMPARE(ids(u"last_name=@%1@"_s.arg(tag)), (QStringList{sione, ana, melaia}));
        QCOMPARE(ids(u"last_name=%40%1%40&first_name=%40A%40"_s.arg(tag)),
                 (QStringList{ana, melaia}));
        QCOMPARE(ids(u"code=%1@"_s.arg(tag.toUpper())), (QStringList{sione, melaia}));
        QCOMPARE(ids(u"code=@%1"_s.arg(tag)), QStringList{ana});
        QCOMPARE(ids(u"first_name=sione&last_name=@%1@"_s.arg(tag)), QStringList{sione});
        QCOMPARE(ids(u"last_name=@%1@&offset=1&limit=1"_s.arg(tag)), QStringList{ana});

        const auto reply = lookup(*alpha, QStringLiteral("prescriber"),
                                  u"code=%1"_s.arg(tag + u"1"_s), QStringLiteral("/sync/v4/"));
        QCOMPARE(reply.status, 200);
        const QJsonObject found = reply.array().at(0).toObject();
        for (const QString &field :
             {u"ID"_s, u"first_name"_s, u"last_name"_s, u"registration_code"_s, u"address1"_s,
              u"address2"_s, u"phone"_s, u"mobile"_s, u"email"_s, u"store_ID"_s})
            QVERIFY2(found.value(field).isString(), qPrintable(field));
        QCOMPARE(found.value(u"registration_code").toString(), u"MC"_s + tag + u"1"_s);
        QCOMPARE(found.value(u"store_ID").toString(), storeId);
        QCOMPARE(found.value(u"mobile").toString(u"missing"_s), QString());
        // The demo world's clinicians, across the primary.
        QVERIFY(ids(QStringLiteral("first_name=@")).size() >= 6);
        QCOMPARE(lookup(*alpha, QStringLiteral("prescriber"), u"limit=-5"_s).status, 400);
    }

    void v4NameStoreJoinOnlyOpensOwnStoreToPatients()
    {
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const QString betaStore = storeOf(*beta);
        const QString patientId = newId(), customerId = newId();
        QCOMPARE(
            queue(QStringLiteral("gamma"),
                  array({envelope(QStringLiteral("name"), patientId, QStringLiteral("I"),
                                  "{\"ID\":\"" + patientId.toUtf8()
                                      + "\",\"name\":\"Vake, Tevita\",\"type\":\"patient\"}"),
                         envelope(QStringLiteral("name"), customerId, QStringLiteral("I"),
                                  "{\"ID\":\"" + customerId.toUtf8()
                                      + "\",\"name\":\"Hill Pharmacy\",\"type\":\"customer\"}")}))
                .status,
            200);
        // Another site's store: refused, naming the store.
        const auto other = alpha->post(QStringLiteral("/api/v4/name_store_join"),
                                       "{\"name_ID\":\"" + patientId.toUtf8() + "\",\"store_ID\":\""
                                           + betaStore.toUtf8() + "\"}");
        QCOMPARE(other.status, 403);
        QVERIFY2(other.errorText().contains(betaStore), qPrintable(other.errorText()));
        // Not a patient.
        const auto customer = beta->post(QStringLiteral("/api/v4/name_store_join"),
                                         "{\"name_ID\":\"" + customerId.toUtf8()
                                             + "\",\"store_ID\":\"" + betaStore.toUtf8() + "\"}");
        QCOMPARE(customer.status, 400);
        QVERIFY2(customer.errorText().contains(u"patient"), qPrintable(customer.errorText()));
        for (const QJsonValue &join : held(QStringLiteral("name_store_join"))) {
            QVERIFY(join.toObject().value(u"name_ID").toString() != patientId);
            QVERIFY(join.toObject().value(u"name_ID").toString() != customerId);
        }
    }

    // A patient registered at one clinic is found by another, opened to it, and
    // arrives with its next pull; then the dispensing it pushes is in the history.
    void patientFromAnotherClinicEndToEnd()
    {
        auto north = siteClient(QStringLiteral("north-health-centre"), QStringLiteral("north"));
        auto clinic = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        const QString northStore = storeOf(*north);
        const QString clinicStore = storeOf(*clinic);
        drain(*clinic);
        const QString tag = QStringLiteral("Qx") + newId().left(6).toLower();
        const QString patientId = newId(), northJoin = newId();
        // Lower case "id": mobile's quirk for a name it pushes.
        const QByteArray patient = "{\"id\":\"" + patientId.toUtf8()
            + "\",\"type\":\"patient\",\"first\":\"Losa\","
              "\"last\":\""
            + tag.toUtf8() + "\",\"name\":\"" + tag.toUtf8() + ", Losa\",\"code\":\"N"
            + tag.toUtf8()
            + "\",\"date_of_birth\":\"2001-01-31T00:00:00\",\"female\":\"true\","
              "\"supplying_store_id\":\""
            + northStore.toUtf8() + "\",\"is_deleted\":\"false\"}";
        const QByteArray join = "{\"ID\":\"" + northJoin.toUtf8() + "\",\"name_ID\":\""
            + patientId.toUtf8() + "\",\"store_ID\":\"" + northStore.toUtf8()
            + "\",\"inactive\":\"false\"}";
        // Pushed as mSupply mobile pushes a new patient.
        QCOMPARE(north
                     ->syncPost(QStringLiteral("/sync/v2/queued_records/"),
                                array({envelope(QStringLiteral("name"), patientId,
                                                QStringLiteral("I"), patient),
                                       envelope(QStringLiteral("name_store_join"), northJoin,
                                                QStringLiteral("I"), join)}))
                     .status,
                 200);
        QCOMPARE(count(*clinic), 0); // not the clinic's patient

        const auto search = lookup(*clinic, QStringLiteral("patient"),
                                   u"first_name=%40losa%40&last_name=%40%1%40&dob=31012001"
                                   u"&is_deleted=false&offset=0&limit=50"_s.arg(tag));
        QCOMPARE(search.status, 200);
        QCOMPARE(idsOf(search.array()), QStringList{patientId});
        QCOMPARE(search.array().at(0).toObject().value(u"supplying_store_id").toString(),
                 northStore);

        const QByteArray body = "{\"store_ID\":\"" + clinicStore.toUtf8() + "\",\"name_ID\":\""
            + patientId.toUtf8() + "\"}";
        const auto opened = clinic->post(QStringLiteral("/api/v4/name_store_join"), body);
        QCOMPARE(opened.status, 200);
        const QString joinId = opened.object().value(u"ID").toString();
        QVERIFY(joinId != northJoin);
        QMap<QString, QJsonObject> received; // RecordType + RecordID -> envelope
        for (const QJsonValue &record : drain(*clinic)) {
            const QJsonObject object = record.toObject();
            received.insert(object.value(u"RecordType").toString()
                                + object.value(u"RecordID").toString(),
                            object);
        }
        QCOMPARE(received.size(), 2);
        const QJsonObject name = received.value(u"name"_s + patientId);
        QCOMPARE(notCarried(name.value(u"data").toObject(), patient), QString());
        QCOMPARE(name.value(u"data").toObject().value(u"ID").toString(), patientId);
        const QJsonObject newJoin
            = received.value(u"name_store_join"_s + joinId).value(u"data").toObject();
        QCOMPARE(newJoin.value(u"store_ID").toString(), clinicStore);
        QCOMPARE(newJoin.value(u"name_ID").toString(), patientId);
        // Asked again (an offline satellite retrying): the same join, nothing queued twice.
        const auto again = clinic->post(QStringLiteral("/sync/v4/name_store_join"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value(u"ID").toString(), joinId);
        QCOMPARE(count(*clinic), 0);

        // The clinic dispenses to the patient from its own stock.
        QJsonArray stock;
        for (const QJsonValue &line : held(QStringLiteral("item_line"))) {
            const QJsonObject data = line.toObject();
            if (data.value(u"store_ID").toString() == clinicStore
                && data.value(u"quantity").toString().toDouble() > 0)
                stock.append(data);
        }
        QVERIFY(stock.size() >= 2);
        const QString dispensing = newId();
        QList<QByteArray> push
            = {envelope(QStringLiteral("transact"), dispensing, QStringLiteral("I"),
                        "{\"ID\":\"" + dispensing.toUtf8() + "\",\"name_ID\":\""
                            + patientId.toUtf8() + "\",\"store_ID\":\"" + clinicStore.toUtf8()
                            + "\",\"type\":\"ci\",\"mode\":\"dispensary\",\"status\":\"fn\","
                              "\"invoice_num\":\"9001\",\"entry_date\":\"2026-11-02T00:00:00\","
                              "\"confirm_date\":\"2026-11-02T00:00:00\",\"confirm_time\":"
                              "\"10:15:00\"}")};
        QStringList lineIds;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject batch = stock.at(i).toObject();
            const QString itemId = batch.value(u"item_ID").toString();
            const QString itemName = held(QStringLiteral("item"), itemId)
                                         .at(0)
                                         .toObject()
                                         .value(u"item_name")
                                         .toString();
            lineIds.append(newId());
            push.append(envelope(
                QStringLiteral("trans_line"), lineIds.last(), QStringLiteral("I"),
                QJsonDocument(QJsonObject{{u"ID"_s, lineIds.last()},
                                          {u"transaction_ID"_s, dispensing},
                                          {u"type"_s, u"stock_out"_s},
                                          {u"item_line_ID"_s, batch.value(u"ID").toString()},
                                          {u"item_ID"_s, itemId},
                                          {u"item_name"_s, itemName},
                                          {u"quantity"_s, QString::number(i + 2)},
                                          {u"pack_size"_s, batch.value(u"pack_size").toString()},
                                          {u"line_number"_s, QString::number(i + 1)}})
                    .toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(clinic->syncPost(QStringLiteral("/sync/v2/queued_records/"), array(push)).status,
                 200);

        // Any site asks for the history: the dispensing is there, newest last.
        const auto history = north->get(QStringLiteral("/sync/v4/patient_history"),
                                        QUrlQuery{{QStringLiteral("id"), patientId}});
        QCOMPARE(history.status, 200);
        QCOMPARE(history.array().size(), 1);
        const QJsonObject entry = history.array().at(0).toObject();
        QCOMPARE(entry.value(u"confirm_date").toString(), u"2026-11-02"_s);
        QCOMPARE(entry.value(u"store").toObject().value(u"name").toString(),
                 u"Demo Clinic Dispensary"_s);
        const QJsonArray lines = entry.value(u"transLines").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(idsOf(lines), lineIds);
        QCOMPARE(lines.at(0).toObject().value(u"quantity").toDouble(), 2.0);
        QCOMPARE(lines.at(1).toObject().value(u"quantity").toDouble(), 3.0);
        const QString firstItem = stock.at(0).toObject().value(u"item_ID").toString();
        QCOMPARE(
            lines.at(0)
                .toObject()
                .value(u"itemLine")
                .toObject()
                .value(u"item")
                .toObject()
                .value(u"code")
                .toString(),
            held(QStringLiteral("item"), firstItem).at(0).toObject().value(u"code").toString());
    }

    // Lines pushed before their transaction, or a transaction finalised after its
    // lines: the lines still belong to its store and, once it is a finalised
    // prescription, to the history the mobile subset leaves out.
    void linesFollowTheirTransaction()
    {
        auto clinic = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        const QString store = storeOf(*clinic);
        const QString patient
            = held(QStringLiteral("name_store_join")).at(0).toObject().value(u"name_ID").toString();
        const auto transact = [&](const QString &id, const char *status) {
            return envelope(QStringLiteral("transact"), id, QStringLiteral("U"),
                            "{\"ID\":\"" + id.toUtf8() + "\",\"name_ID\":\"" + patient.toUtf8()
                                + "\",\"store_ID\":\"" + store.toUtf8()
                                + "\",\"type\":\"ci\",\"mode\":\"dispensary\",\"status\":\""
                                + status + "\",\"confirm_date\":\"2026-11-02T00:00:00\"}");
        };
        const auto line = [&](const QString &id, const QString &transactId) {
            return envelope(QStringLiteral("trans_line"), id, QStringLiteral("I"),
                            "{\"ID\":\"" + id.toUtf8() + "\",\"transaction_ID\":\""
                                + transactId.toUtf8()
                                + "\",\"type\":\"stock_out\",\"item_name\":\"Paracetamol\","
                                  "\"quantity\":\"1\"}");
        };
        const QString early = newId(), earlyLine = newId(), late = newId(), lateLine = newId();
        const QString push = QStringLiteral("/sync/v2/queued_records/");
        QCOMPARE(
            clinic->syncPost(push, array({line(earlyLine, early), transact(early, "fn")})).status,
            200);
        QCOMPARE(clinic->syncPost(push, array({transact(late, "nw"), line(lateLine, late)})).status,
                 200);
        QCOMPARE(clinic->syncPost(push, array({transact(late, "fn")})).status, 200);

        const auto dumped = [&](bool full) {
            QUrlQuery query;
            if (full)
                query.addQueryItem(QStringLiteral("type"), QStringLiteral("full"));
            clinic->syncGet(QStringLiteral("/sync/v2/initial_dump/"), query);
            QSet<QString> ids;
            for (const QJsonValue &record : drain(*clinic))
                ids.insert(record.toObject().value(u"RecordID").toString());
            return ids;
        };
        const QSet<QString> full = dumped(true);
        for (const QString &id : {early, earlyLine, late, lateLine})
            QVERIFY2(full.contains(id), qPrintable(id));
        const QSet<QString> mobile = dumped(false);
        for (const QString &id : {early, earlyLine, late, lateLine})
            QVERIFY2(!mobile.contains(id), qPrintable(id));
    }

    // demo-clinic's supplier invoices on their way: new and confirmed, not in stock yet.
    void demoClinicAwaitsGoods()
    {
        auto clinic = siteClient(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        const QString clinicStore = storeOf(*clinic);
        QSet<QString> batches; // item ID + batch of the clinic's stock lines
        for (const QJsonValue &line : held(QStringLiteral("item_line"))) {
            const QJsonObject data = line.toObject();
            if (data.value(u"store_ID").toString() == clinicStore)
                batches.insert(data.value(u"item_ID").toString() + data.value(u"batch").toString());
        }
        QMap<QString, QString> pending; // ID -> status
        int lastReceived = 0;
        QList<int> pendingNumbers;
        for (const QJsonValue &record : held(QStringLiteral("transact"))) {
            const QJsonObject data = record.toObject();
            if (data.value(u"store_ID").toString() != clinicStore
                || data.value(u"type").toString() != u"si")
                continue;
            const QString status = data.value(u"status").toString();
            const int number = data.value(u"invoice_num").toString().toInt();
            if (status == u"fn") {
                lastReceived = qMax(lastReceived, number);
                continue;
            }
            pending.insert(data.value(u"ID").toString(), status);
            pendingNumbers.append(number);
        }
        QStringList statuses = pending.values();
        statuses.sort();
        QCOMPARE(statuses, (QStringList{u"cn"_s, u"nw"_s}));
        std::sort(pendingNumbers.begin(), pendingNumbers.end());
        QCOMPARE(pendingNumbers, (QList<int>{lastReceived + 1, lastReceived + 2}));
        QMap<QString, int> lineCounts;
        for (const QJsonValue &record : held(QStringLiteral("trans_line"))) {
            const QJsonObject data = record.toObject();
            const QString invoice = data.value(u"transaction_ID").toString();
            if (!pending.contains(invoice))
                continue;
            ++lineCounts[invoice];
            QCOMPARE(data.value(u"type").toString(), u"stock_in"_s);
            QCOMPARE(data.value(u"item_line_ID").toString(u"missing"_s), QString());
            QVERIFY(data.value(u"expiry_date").toString() > u"2026-11-01"_s);
            QVERIFY(data.value(u"quantity").toString().toInt() > 0);
            QVERIFY(!batches.contains(data.value(u"item_ID").toString()
                                      + data.value(u"batch").toString()));
        }
        QCOMPARE(lineCounts.size(), 2);
        for (const int lines : lineCounts)
            QVERIFY(lines >= 2 && lines <= 4);
    }

    void everyFaultKind_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("drop") << QByteArray("drop");
        QTest::newRow("stall") << QByteArray("stall");
        QTest::newRow("error500") << QByteArray("error500");
        QTest::newRow("truncate") << QByteArray("truncate");
        QTest::newRow("garbage") << QByteArray("garbage");
    }

    void everyFaultKind()
    {
        QFETCH(QByteArray, fault);
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        drain(*client);
        const QString id = newId();
        QCOMPARE(queue(QStringLiteral("alpha"),
                       array({envelope(QStringLiteral("item"), id, QStringLiteral("I"),
                                       itemData(id, QStringLiteral("Faulty")))}))
                     .status,
                 200);
        const auto set
            = admin().post(QStringLiteral("/admin/faults"), "{\"" + fault + "\": 1, \"seed\": 3}");
        QCOMPARE(set.status, 200);
        client->setTimeoutMs(1500);

        const auto reply
            = client->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                              QUrlQuery{{QStringLiteral("limit"), QStringLiteral("10")}});
        if (fault == "error500") {
            QCOMPARE(reply.status, 500);
            QVERIFY(!reply.errorText().isEmpty());
        } else if (fault == "garbage") {
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.json().isNull());
        } else {
            QVERIFY2(reply.error != QNetworkReply::NoError,
                     qPrintable(QString::fromUtf8(reply.body)));
            QCOMPARE(reply.status == 200 && reply.json().isArray(), false);
        }
        const auto stats = admin().get(QStringLiteral("/admin/stats")).object();
        QVERIFY(stats.value(u"faults").toObject().value(QString::fromLatin1(fault)).toInt() >= 1);

        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{}").status, 200);
        client->setTimeoutMs(60000);
        QCOMPARE(count(*client), 1); // nothing was lost
        QCOMPARE(drain(*client).size(), 1);
    }

    void faultDelay()
    {
        auto client = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{\"delay_ms\": 400}").status, 200);
        const auto reply = client->syncGet(QStringLiteral("/sync/v2/queued_records/count"));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 390, qPrintable(QString::number(reply.elapsedMs)));
        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{\"drop\": 2}").status, 400);
        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{\"boom\": 0.5}").status, 400);
    }

    void badInputGetsAClearError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QString push = QStringLiteral("/sync/v2/queued_records/");
        const QString id = newId();
        QTest::newRow("malformed JSON") << push << QByteArray("[{\"SyncID\": ") << 400;
        QTest::newRow("not an array") << push << QByteArray("{\"SyncID\":\"x\"}") << 400;
        QTest::newRow("record not an object") << push << QByteArray("[42]") << 400;
        QTest::newRow("RecordType not a string")
            << push
            << envelope(QStringLiteral("item"), id, QStringLiteral("I"), "{}")
                   .replace("\"item\"", "7")
                   .prepend('[')
                   .append(']')
            << 400;
        QTest::newRow("unknown record type")
            << push
            << array({envelope(QStringLiteral("spaceship"), id, QStringLiteral("I"),
                               "{\"ID\":\"" + id.toUtf8() + "\"}")})
            << 400;
        QTest::newRow("unknown SyncType")
            << push
            << array({envelope(QStringLiteral("item"), id, QStringLiteral("X"),
                               "{\"ID\":\"" + id.toUtf8() + "\"}")})
            << 400;
        QTest::newRow("missing IDs")
            << push
            << QByteArray(
                   "[{\"RecordType\":\"item\",\"SyncType\":\"I\",\"Data\":{\"item_name\":\"x\"}}]")
            << 400;
        QTest::newRow("Data not an object")
            << push
            << QByteArray("[{\"RecordType\":\"item\",\"RecordID\":\"A\",\"SyncType\":\"I\","
                          "\"Data\":\"x\"}]")
            << 400;
        QTest::newRow("IDs disagree")
            << push
            << array({envelope(QStringLiteral("item"), id, QStringLiteral("I"),
                               "{\"ID\":\"OTHER\"}")})
            << 400;
        QTest::newRow("delete without ID")
            << push << QByteArray("[{\"RecordType\":\"item\",\"SyncType\":\"D\"}]") << 400;
        QTest::newRow("ack not a list") << QStringLiteral("/sync/v2/acknowledged_records/")
                                        << QByteArray("{\"SyncRecordIDs\": 5}") << 400;
        QTest::newRow("ack of numbers")
            << QStringLiteral("/sync/v2/acknowledged_records/") << QByteArray("[1, 2]") << 400;
        QTest::newRow("unknown call")
            << QStringLiteral("/sync/v2/launch") << QByteArray("{}") << 404;
    }

    void badInputGetsAClearError()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        auto client = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        const qint64 before = held(QStringLiteral("item")).size();
        const auto reply = client->syncPost(path, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(!reply.errorText().isEmpty(), reply.body.constData());
        QCOMPARE(held(QStringLiteral("item")).size(), before);
        QCOMPARE(client->get(QStringLiteral("/sync/v2/site/")).status, 200); // still serving
    }

    void badAdminInput()
    {
        const QByteArray good
            = envelope(QStringLiteral("item"), newId(), QStringLiteral("I"), "{}");
        QCOMPARE(queue(QStringLiteral("alpha"), array({good, "17"})).status, 400);
        QCOMPARE(queue(QStringLiteral("nobody"), array({good})).status, 404);
        QCOMPARE(queue(QStringLiteral("alpha"), "[{").status, 400);
        QCOMPARE(admin().post(QStringLiteral("/admin/sites"), "{\"name\": 5}").status, 400);
        QCOMPARE(
            admin()
                .post(QStringLiteral("/admin/sites"), "{\"name\": \"a:b\", \"password\": \"x\"}")
                .status,
            400);
        QCOMPARE(
            admin()
                .post(QStringLiteral("/admin/sites"), "{\"name\": \"alpha\", \"password\": \"x\"}")
                .status,
            409);
        QCOMPARE(admin().get(QStringLiteral("/admin/records")).status, 400);
        QCOMPARE(admin().get(QStringLiteral("/admin/nothing")).status, 404);

        const auto created = admin().post(QStringLiteral("/admin/sites"),
                                          "{\"name\": \"delta\", \"password\": \"delta-pass\"}");
        QCOMPARE(created.status, 200);
        auto delta = siteClient(QStringLiteral("delta"), QStringLiteral("delta-pass"));
        QCOMPARE(delta->get(QStringLiteral("/sync/v2/site/")).object().value(u"SiteID").toInt(),
                 created.object().value(u"SiteID").toInt());
    }

    void oddRecordsAreQueuedAsGiven()
    {
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        drain(*beta);
        const QByteArray odd = "[{\"RecordType\":\"spaceship\",\"SyncType\":\"Z\",\"data\":[1,2]},"
                               "{\"SyncID\":\"ODD-1\",\"RecordType\":\"item\",\"SyncType\":\"I\","
                               "\"Data\":{\"item_name\":\"no id\"}}]";
        const auto reply = queue(QStringLiteral("beta"), odd);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"SyncIDs").toArray().size(), 2);
        const auto pulled
            = beta->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                            QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}});
        QCOMPARE(pulled.array().size(), 2);
        QVERIFY(pulled.body.contains("\"SyncType\":\"Z\",\"data\":[1,2]"));
        QVERIFY(pulled.body.contains("{\"SyncID\":\"ODD-1\",\"RecordType\":\"item\""));
        QCOMPARE(queue(QStringLiteral("beta"), "[{\"SyncID\":\"ODD-1\"}]").status, 409);
        QCOMPARE(drain(*beta).size(), 2);
    }

    void fixturesComeBackByteForByte()
    {
        auto beta = siteClient(QStringLiteral("beta"), QStringLiteral("beta-pass"));
        drain(*beta);
        QDirIterator files(QStringLiteral(SATELLITE_FIXTURES_DIR), {QStringLiteral("*.json")},
                           QDir::Files, QDirIterator::Subdirectories);
        QList<QByteArray> records;
        QList<QByteArray> fixtures;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll().trimmed();
            const QString type = QFileInfo(file.fileName()).dir().dirName();
            const QString id = QJsonDocument::fromJson(data).object().value(u"ID").toString();
            records.append(envelope(type, id.isEmpty() ? newId() : id, QStringLiteral("U"), data));
            fixtures.append(data);
        }
        QCOMPARE(fixtures.size(), 187);
        QCOMPARE(queue(QStringLiteral("beta"), array(records)).status, 200);
        QByteArray pulled;
        for (;;) {
            const auto reply
                = beta->syncGet(QStringLiteral("/sync/v2/queued_records/"),
                                QUrlQuery{{QStringLiteral("limit"), QStringLiteral("50")}});
            const QJsonArray batch = reply.array();
            if (batch.isEmpty())
                break;
            pulled += reply.body;
            beta->syncPost(QStringLiteral("/sync/v2/acknowledged_records/"),
                           QJsonDocument(QJsonArray::fromStringList(syncIdsOf(batch))).toJson());
        }
        for (const QByteArray &fixture : fixtures)
            QVERIFY2(pulled.contains("\"Data\":" + fixture), fixture.left(80).constData());
    }

    void restartKeepsSitesRecordsAndQueues()
    {
        QTemporaryDir dir;
        QUrl url;
        qint64 queuedBefore = 0;
        {
            PrimarySimProcess primary;
            QVERIFY2(primary.start({QStringLiteral("--data"), dir.path(), QStringLiteral("--site"),
                                    QStringLiteral("kappa:k")}),
                     qPrintable(primary.errorString()));
            url = primary.url();
            auto kappa = siteClient(QStringLiteral("kappa"), QStringLiteral("k"), url);
            kappa->setHardwareUuid("machine-K");
            QCOMPARE(kappa->get(QStringLiteral("/sync/v2/site/")).status, 200);
            queuedBefore = count(*kappa); // its own store, from the site's creation
            QList<QByteArray> records;
            for (int i = 0; i < 3; ++i) {
                const QString id = newId();
                records.append(envelope(QStringLiteral("item"), id, QStringLiteral("I"),
                                        itemData(id, QStringLiteral("Kept %1").arg(i))));
            }
            QCOMPARE(queue(QStringLiteral("kappa"), array(records), url).status, 200);
            QCOMPARE(primary.stop(), 0);
        }
        PrimarySimProcess again;
        QVERIFY2(again.start({QStringLiteral("--data"), dir.path()}),
                 qPrintable(again.errorString()));
        auto kappa = siteClient(QStringLiteral("kappa"), QStringLiteral("k"), again.url());
        kappa->setHardwareUuid("machine-K");
        QCOMPARE(kappa->get(QStringLiteral("/sync/v2/site/")).status, 200);
        QCOMPARE(count(*kappa), queuedBefore + 3);
        QCOMPARE(held(QStringLiteral("item"), {}, again.url()).size(), 3);
        kappa->setHardwareUuid("machine-L");
        QCOMPARE(kappa->get(QStringLiteral("/sync/v2/site/")).status, 401); // the lock survives too
        QCOMPARE(again.stop(), 0);
    }

    void oversizedBodyIsRefused()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--site"), QStringLiteral("omega:o"),
                               QStringLiteral("--max-body-bytes"), QStringLiteral("4096")}));
        auto omega = siteClient(QStringLiteral("omega"), QStringLiteral("o"), primary.url());
        QList<QByteArray> records;
        for (int i = 0; i < 100; ++i) {
            const QString id = newId();
            records.append(envelope(QStringLiteral("item"), id, QStringLiteral("I"),
                                    itemData(id, QStringLiteral("Big"))));
        }
        const auto reply
            = omega->syncPost(QStringLiteral("/sync/v2/queued_records/"), array(records));
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.errorText().contains(u"larger"));
        QCOMPARE(held(QStringLiteral("item"), {}, primary.url()).size(), 0);
        QCOMPARE(omega->get(QStringLiteral("/sync/v2/site/")).status, 200);
    }

    void adminTokenAndLoopback()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--admin-token"), QStringLiteral("s3cret")}));
        QCOMPARE(primary.adminToken(), QByteArray("s3cret"));
        const QByteArray stats = "GET /admin/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QVERIFY(rawExchange(primary.url(), stats + "\r\n").startsWith("HTTP/1.1 401"));
        HttpClient wrong(primary.url());
        wrong.setAdminToken("nope");
        QCOMPARE(wrong.get(QStringLiteral("/admin/stats")).status, 401);
        HttpClient right(primary.url());
        right.setAdminToken("s3cret");
        QCOMPARE(right.get(QStringLiteral("/admin/stats")).status, 200);
    }

    // Without --admin-token a random one is made, printed after the
    // "listening on" line and kept in the data directory for the owner only;
    // every admin call needs it, and what a web page can send is refused.
    void adminTokenIsAlwaysRequired()
    {
        QTemporaryDir dir;
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--data"), dir.path()}),
                 qPrintable(primary.errorString()));
        const QByteArray token = primary.adminToken();
        QCOMPARE(token.size(), 64);
        QFile file(dir.filePath(QStringLiteral("admin-token")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), token);
        QCOMPARE(modeOf(file.fileName()), 0600);

        const QUrl url = primary.url();
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(url.port()) + "\r\n";
        const QByteArray withToken = "X-Admin-Token: " + token + "\r\n";
        const auto status
            = [&](const QByteArray &request) { return rawExchange(url, request).left(12); };
        QCOMPARE(status("GET /admin/stats HTTP/1.1\r\n" + host + "\r\n"), "HTTP/1.1 401");
        QCOMPARE(status("GET /admin/stats HTTP/1.1\r\n" + host + withToken + "\r\n"),
                 "HTTP/1.1 200");
        QCOMPARE(status("GET /admin/stats HTTP/1.1\r\nHost: localhost\r\n" + withToken + "\r\n"),
                 "HTTP/1.1 200");
        // A page in a browser: its Origin, another Host (DNS rebinding), a
        // body it may send without asking (text/plain).
        QCOMPARE(status("GET /admin/stats HTTP/1.1\r\n" + host + withToken
                        + "Origin: http://evil.example\r\n\r\n"),
                 "HTTP/1.1 403");
        QCOMPARE(
            status("GET /admin/stats HTTP/1.1\r\nHost: evil.example:8080\r\n" + withToken + "\r\n"),
            "HTTP/1.1 403");
        QCOMPARE(status("POST /admin/faults HTTP/1.1\r\n" + host + withToken
                        + "Content-Type: text/plain\r\nContent-Length: 13\r\n\r\n"
                          "{\"drop\": 1.0}"),
                 "HTTP/1.1 415");
        QCOMPARE(status("POST /admin/faults HTTP/1.1\r\n" + host + withToken
                        + "Content-Length: 2\r\n\r\n{}"),
                 "HTTP/1.1 415");
        QCOMPARE(status("POST /admin/faults HTTP/1.1\r\n" + host + withToken
                        + "Content-Type: application/json; charset=utf-8\r\n"
                          "Content-Length: 2\r\n\r\n{}"),
                 "HTTP/1.1 200");
        HttpClient admin(url); // the test support sends the token it read
        QCOMPARE(admin.get(QStringLiteral("/admin/faults")).object().value(u"drop").toDouble(-1),
                 0.0);
    }

    // Its database (site password hashes) and data folder are the owner's only.
    void dataIsForItsOwnerOnly()
    {
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(QStringLiteral("new/data"));
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--data"), dataDir, QStringLiteral("--site"),
                                QStringLiteral("owner:pw")}),
                 qPrintable(primary.errorString()));
        QCOMPARE(modeOf(dataDir), 0700);
        QCOMPARE(modeOf(dataDir + u"/primary.sqlite"_s), 0600);
        for (const char *side : {"/primary.sqlite-wal", "/primary.sqlite-shm"}) {
            const QString path = dataDir + QString::fromLatin1(side);
            if (QFile::exists(path))
                QCOMPARE(modeOf(path), 0600);
        }
        QCOMPARE(modeOf(dataDir + u"/admin-token"_s), 0600);
        QCOMPARE(primary.stop(), 0);
        // An older, wider file is narrowed when it opens again.
        QVERIFY(QFile::setPermissions(dataDir + u"/primary.sqlite"_s,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther));
        PrimarySimProcess again;
        QVERIFY(again.start({QStringLiteral("--data"), dataDir}));
        QCOMPARE(modeOf(dataDir + u"/primary.sqlite"_s), 0600);
    }

    void servesTls()
    {
        QTemporaryDir dir;
        SelfSignedCertificate files;
        QVERIFY(files.create(dir.path()));
        const QString certificate = files.certificatePath;
        const QString key = files.keyPath;
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--site"), QStringLiteral("tau:t"),
                                QStringLiteral("--tls-cert"), certificate,
                                QStringLiteral("--tls-key"), key}),
                 qPrintable(primary.errorString()));
        QCOMPARE(primary.url().scheme(), QStringLiteral("https"));
        HttpClient strict(primary.url());
        strict.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("tau"), QStringLiteral("t")));
        QVERIFY(strict.get(QStringLiteral("/sync/v2/site/")).error
                != QNetworkReply::NoError); // self-signed
        HttpClient trusting(primary.url());
        trusting.setIgnoreSslErrors(true);
        trusting.setCredentials(
            SiteCredentials::fromPassword(QStringLiteral("tau"), QStringLiteral("t")));
        QCOMPARE(trusting.get(QStringLiteral("/sync/v2/site/")).status, 200);
    }

    // At the open-file limit the primary still answers: connections are
    // capped below it and the longest idle ones make room for new ones.
    void manyIdleConnectionsDoNotShutItOut()
    {
        PrimarySimProcess primary;
        primary.setOpenFileLimit(128);
        QVERIFY2(primary.start({QStringLiteral("--site"), QStringLiteral("crowd:pw")}),
                 qPrintable(primary.errorString()));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(primary.url().host(), quint16(primary.url().port()));
            idle.back()->waitForConnected(1000);
        }
        QTest::qWait(300);
        const qint64 before = cpuTicks(primary.processId());
        QTest::qWait(1000);
        const qint64 spent = cpuTicks(primary.processId()) - before;
        QVERIFY2(spent < 20, qPrintable(QStringLiteral("%1 ticks in 1 s").arg(spent)));
        auto crowd = siteClient(QStringLiteral("crowd"), QStringLiteral("pw"), primary.url());
        crowd->setTimeoutMs(5000);
        QCOMPARE(crowd->get(QStringLiteral("/sync/v2/site/")).status, 200);
        QVERIFY(count(*crowd) >= 0);
    }

    void connectionsAreCapped()
    {
        PrimarySimProcess primary;
        QVERIFY2(primary.start({QStringLiteral("--site"), QStringLiteral("cap:pw"),
                                QStringLiteral("--max-connections"), QStringLiteral("8")}),
                 qPrintable(primary.errorString()));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 12; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(primary.url().host(), quint16(primary.url().port()));
            QVERIFY(idle.back()->waitForConnected(1000));
            QTest::qWait(20); // accepted in this order
        }
        auto cap = siteClient(QStringLiteral("cap"), QStringLiteral("pw"), primary.url());
        cap->setTimeoutMs(5000);
        QCOMPARE(cap->get(QStringLiteral("/sync/v2/site/")).status, 200);
        // The oldest were closed to make room; the newest are still open.
        QTRY_COMPARE_WITH_TIMEOUT(idle.front()->state(), QAbstractSocket::UnconnectedState, 2000);
        QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
    }

    // A request must arrive whole within its deadline, however it trickles.
    void slowRequestsAreCutOff()
    {
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")}));
        QTcpSocket socket;
        socket.connectToHost(primary.url().host(), quint16(primary.url().port()));
        QVERIFY(socket.waitForConnected(1000));
        socket.write("GET /sync/v2/site/ HTTP/1.1\r\nX-Slow: ");
        QElapsedTimer timer;
        timer.start();
        QByteArray reply;
        while (timer.elapsed() < 3000 && !reply.contains("\r\n\r\n")
               && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write("a"); // a byte every 100 ms: never idle
            socket.waitForBytesWritten(100);
            socket.waitForReadyRead(100);
            reply += socket.readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 408"), reply.constData());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // The head of a request is limited to 64 KiB whether it comes in one read
    // or in many.
    void largeHeadersAreRefusedInOneRead()
    {
        const QByteArray request = "GET /sync/v2/site/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
            + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
        QVERIFY(rawExchange(m_primary.url(), request).startsWith("HTTP/1.1 431"));
        QVERIFY(rawExchange(m_primary.url(),
                            request.left(40 * 1024) + QByteArray(30 * 1024, 'b') + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431"));
        QVERIFY(rawExchange(m_primary.url(),
                            "GET /sync/v2/site/ HTTP/1.1\r\nX-Ok: " + QByteArray(60 * 1024, 'a')
                                + "\r\n\r\n")
                    .startsWith("HTTP/1.1 401"));
    }

    // A client that sends its request and then closes its side still gets
    // the answer, even a late one.
    void halfClosedRequestsAreAnswered()
    {
        const QByteArray request = "GET /sync/v2/site/?site_name=alpha HTTP/1.1\r\n"
                                   "Host: 127.0.0.1\r\nAuthorization: "
            + basicAuth(u"alpha"_s, u"alpha-pass"_s) + "\r\n\r\n";
        QVERIFY(rawExchange(m_primary.url(), request, true).startsWith("HTTP/1.1 200"));
        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{\"delay_ms\": 300}").status, 200);
        const QByteArray late = rawExchange(m_primary.url(), request, true);
        QVERIFY2(late.startsWith("HTTP/1.1 200"), late.constData());
        QVERIFY(late.contains("\"SiteID\""));
    }

    // What a client sends while its reply is stalled is not read into memory:
    // the server reads the next request only after answering this one.
    void aStalledReplyBuffersLittle()
    {
        QCOMPARE(admin()
                     .post(QStringLiteral("/admin/faults"),
                           "{\"stall\": 1, \"path\": \"/sync/v2/site\"}")
                     .status,
                 200);
        QTcpSocket socket;
        socket.connectToHost(m_primary.url().host(), quint16(m_primary.url().port()));
        QVERIFY(socket.waitForConnected(1000));
        socket.write("GET /sync/v2/site/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                     + basicAuth(u"alpha"_s, u"alpha-pass"_s) + "\r\n\r\n");
        const qint64 offered = 64 * 1024 * 1024;
        socket.write(QByteArray(offered, 'x'));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 2000 && socket.bytesToWrite() > 0) {
            socket.flush();
            socket.waitForBytesWritten(100);
        }
        const qint64 taken = offered - socket.bytesToWrite();
        QVERIFY2(taken < 32 * 1024 * 1024, qPrintable(QString::number(taken)));
        socket.abort();
        QCOMPARE(admin().post(QStringLiteral("/admin/faults"), "{}").status, 200);
        auto alpha = siteClient(QStringLiteral("alpha"), QStringLiteral("alpha-pass"));
        QCOMPARE(alpha->get(QStringLiteral("/sync/v2/site/")).status, 200);
    }

    void badCommandLine()
    {
        const QStringList bad[] = {{QStringLiteral("--demo"), QStringLiteral("huge")},
                                   {QStringLiteral("--site"), QStringLiteral("nopassword")},
                                   {QStringLiteral("--port"), QStringLiteral("70000")},
                                   {QStringLiteral("--tls-cert"), QStringLiteral("only.pem")}};
        for (const QStringList &arguments : bad) {
            QProcess process;
            process.start(PrimarySimProcess::executable(), arguments);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().startsWith("primary-sim: "));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrimaryConformance)
#include "tst_primary_conformance.moc"
