// Sync over a clinic's line: primary-sim's compressed replies and bodies,
// and a sync through the link simulator whose line is cut mid-reply.

#include "HttpClient.h"
#include "LineSimulator.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/SettingKeys.h"
#include "sync/SiteCredentials.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using satellite::LocalStore;
using satellite::SiteCredentials;
using satellite::SqlStatement;
using satellite::bench::LineProfile;
using satellite::bench::LineSimulator;
namespace SettingKeys = satellite::SettingKeys;

namespace {

// zlib's own reading of a gzip or zlib stream (not the server's code):
// nullopt when it is not one whole stream.
std::optional<QByteArray> inflated(const QByteArray &coded)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(coded.constData()));
    stream.avail_in = uInt(coded.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

QByteArray deflated(const QByteArray &plain, int windowBits)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(plain.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

struct Answer
{
    int status = 0;
    QByteArray contentEncoding;
    QByteArray acceptEncoding; // what the server says it takes
    QByteArray body; // as it came (decoded only when Qt was left to ask)
};

// A sync call as demo-clinic's installation, raw: `acceptEncoding` is sent
// as given (Qt then leaves the body coded); empty leaves Qt to ask and decode.
class RawSiteClient
{
public:
    explicit RawSiteClient(QUrl base)
        : m_base(std::move(base))
    { }

    Answer call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                const QByteArray &acceptEncoding, const QByteArray &body = {},
                const QByteArray &contentEncoding = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_credentials.authorizationHeader());
        request.setRawHeader("msupply-site-uuid", "line-sync-test-installation");
        if (!acceptEncoding.isEmpty())
            request.setRawHeader("Accept-Encoding", acceptEncoding);
        if (!contentEncoding.isEmpty())
            request.setRawHeader("Content-Encoding", contentEncoding);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = method == "GET" ? m_manager.get(request) : m_manager.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentEncoding = reply->rawHeader("Content-Encoding");
        answer.acceptEncoding = reply->rawHeader("Accept-Encoding");
        answer.body = reply->readAll();
        delete reply;
        return answer;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    SiteCredentials m_credentials
        = SiteCredentials::fromPassword(QStringLiteral("demo-clinic"), QStringLiteral("demo"));
};

// The acknowledged SyncIDs in the requests that crossed the line upstream
// (heads and bodies as sent, bodies decoded).
QStringList acknowledgedIds(const QByteArray &upstream)
{
    QStringList ids;
    const QByteArray marker = "POST /sync/v2/acknowledged_records/";
    for (qsizetype at = upstream.indexOf(marker); at >= 0; at = upstream.indexOf(marker, at + 1)) {
        const qsizetype headEnd = upstream.indexOf("\r\n\r\n", at);
        const QString head = QString::fromLatin1(upstream.mid(at, headEnd - at));
        const auto length
            = QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)")).match(head);
        if (headEnd < 0 || !length.hasMatch())
            break;
        QByteArray body = upstream.mid(headEnd + 4, length.captured(1).toLongLong());
        if (head.contains(QStringLiteral("Content-Encoding: deflate"), Qt::CaseInsensitive))
            body = inflated(body).value_or(QByteArray());
        for (const QJsonValue id :
             QJsonDocument::fromJson(body).object().value(u"SyncRecordIDs").toArray())
            ids.append(id.toString());
    }
    return ids;
}

// The largest batch the satellite asked for in the requests that crossed.
qint64 largestLimitAsked(const QByteArray &upstream)
{
    qint64 largest = 0;
    const QRegularExpression get(QStringLiteral("GET /sync/v2/queued_records/\\?\\S*limit=(\\d+)"));
    for (auto match = get.globalMatch(QString::fromLatin1(upstream)); match.hasNext();)
        largest = std::max(largest, match.next().captured(1).toLongLong());
    return largest;
}

qint64 statOf(const PrimarySimProcess &primary, QStringView name)
{
    return qint64(HttpClient(primary.url())
                      .get(QStringLiteral("/admin/stats"))
                      .object()
                      .value(name)
                      .toDouble());
}

} // namespace

class LineSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(m_primary.start({QStringLiteral("--data"), m_data.path(), QStringLiteral("--demo"),
                                  QStringLiteral("small")}),
                 qPrintable(m_primary.errorString()));
    }

    void everyCallAnswersTheSameCompressedOrNot()
    {
        RawSiteClient client(m_primary.url());
        const Answer site = client.call(
            "GET", QStringLiteral("/sync/v2/site/"),
            QUrlQuery{{QStringLiteral("site_name"), QStringLiteral("demo-clinic")}}, "identity");
        QCOMPARE(site.status, 200);
        QCOMPARE(site.acceptEncoding, QByteArray("gzip, deflate")); // push bodies may be compressed
        const QJsonObject identity = QJsonDocument::fromJson(site.body).object();
        const QString store = identity.value(u"StoreID").toString();
        const QUrlQuery sites{
            {QStringLiteral("from_site"), QString::number(identity.value(u"SiteID").toInt())},
            {QStringLiteral("to_site"), QStringLiteral("1")}};
        QUrlQuery full = sites;
        full.addQueryItem(QStringLiteral("type"), QStringLiteral("full"));
        QCOMPARE(client.call("GET", QStringLiteral("/sync/v2/initial_dump/"), full, "gzip").status,
                 200);
        QUrlQuery batch = sites;
        batch.addQueryItem(QStringLiteral("limit"), QStringLiteral("300"));
        QUrlQuery patients{{QStringLiteral("last_name"), QStringLiteral("a")}};
        const QList<std::pair<QString, QUrlQuery>> calls{
            {QStringLiteral("/sync/v2/site/"),
             {{QStringLiteral("site_name"), QStringLiteral("demo-clinic")}}},
            {QStringLiteral("/sync/v2/user/"), {{QStringLiteral("store"), store}}},
            {QStringLiteral("/sync/v2/queued_records/count"), sites},
            {QStringLiteral("/sync/v2/queued_records/"), batch},
            {QStringLiteral("/sync/v1/queued_records/"), batch},
            {QStringLiteral("/sync/v4/patient"), patients},
            {QStringLiteral("/sync/v4/patient_history"), {{QStringLiteral("id"), store}}},
            {QStringLiteral("/sync/v4/prescriber"), {}},
        };
        int compressedReplies = 0;
        for (const auto &[path, query] : calls) {
            const Answer plain = client.call("GET", path, query, "identity");
            QVERIFY2(plain.status == 200, qPrintable(path + u' ' + QString::number(plain.status)));
            QVERIFY(plain.contentEncoding.isEmpty());
            // Qt's own request (gzip, deflate) is decoded by Qt: what the satellite reads.
            QCOMPARE(client.call("GET", path, query, {}).body, plain.body);
            for (const QByteArray &coding : {QByteArray("gzip"), QByteArray("deflate")}) {
                const Answer coded = client.call("GET", path, query, coding);
                QCOMPARE(coded.status, 200);
                if (plain.body.size() < 256) { // too small to be worth it
                    QCOMPARE(coded.body, plain.body);
                    continue;
                }
                QCOMPARE(coded.contentEncoding, coding);
                QVERIFY2(coded.body.size() < plain.body.size() / 2, qPrintable(path));
                QCOMPARE(inflated(coded.body).value_or("not a whole stream"), plain.body);
                ++compressedReplies;
            }
        }
        // The batches of both dialects and the prescribers, in both codings.
        QCOMPARE(compressedReplies, 6);

        // Bodies the client compressed: an acknowledgement in each coding.
        const QJsonArray head
            = QJsonDocument::fromJson(
                  client.call("GET", QStringLiteral("/sync/v2/queued_records/"), batch, "identity")
                      .body)
                  .array();
        QVERIFY(head.size() >= 3);
        const qint64 queued = QJsonDocument::fromJson(
                                  client
                                      .call("GET", QStringLiteral("/sync/v2/queued_records/count"),
                                            sites, "identity")
                                      .body)
                                  .object()
                                  .value(u"NumRecords")
                                  .toInteger();
        const QList<std::pair<QByteArray, int>> codings{
            {"gzip", 15 + 16}, {"deflate", 15}, {"deflate", -15}};
        for (int i = 0; i < codings.size(); ++i) {
            const QByteArray ack
                = QJsonDocument(QJsonObject{{QStringLiteral("SyncRecordIDs"),
                                             QJsonArray{head[i].toObject().value(u"SyncID")}}})
                      .toJson(QJsonDocument::Compact);
            QCOMPARE(client
                         .call("POST", QStringLiteral("/sync/v2/acknowledged_records/"), sites,
                               "identity", deflated(ack, codings[i].second), codings[i].first)
                         .status,
                     200);
        }
        QCOMPARE(
            QJsonDocument::fromJson(
                client
                    .call("GET", QStringLiteral("/sync/v2/queued_records/count"), sites, "identity")
                    .body)
                .object()
                .value(u"NumRecords")
                .toInteger(),
            queued - 3);

        // A push the client compressed is applied as sent.
        const QString invoice = QStringLiteral("LINESYNCPUSH0001");
        const QByteArray push
            = "[{\"SyncID\":\"LINESYNCSYNC0001\",\"RecordType\":\"transact\",\"RecordID\":\""
            + invoice.toLatin1() + "\",\"SyncType\":\"I\",\"StoreID\":\"" + store.toLatin1()
            + "\",\"Data\":{\"ID\":\"" + invoice.toLatin1()
            + "\",\"type\":\"ci\",\"status\":\"nw\",\"store_ID\":\"" + store.toLatin1()
            + "\",\"comment\":\"" + QByteArray(2000, 'c') + "\"}}]";
        const Answer pushed = client.call("POST", QStringLiteral("/sync/v2/queued_records/"), sites,
                                          "identity", deflated(push, 15 + 16), "gzip");
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        const QJsonArray held = HttpClient(m_primary.url())
                                    .get(QStringLiteral("/admin/records"),
                                         {{QStringLiteral("type"), QStringLiteral("transact")},
                                          {QStringLiteral("id"), invoice}})
                                    .array();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().toObject().value(u"comment").toString().size(), 2000);

        // What cannot be read is refused, and says why.
        const Answer broken = client.call("POST", QStringLiteral("/sync/v2/acknowledged_records/"),
                                          sites, "identity", "not gzip at all", "gzip");
        QCOMPARE(broken.status, 400);
        QVERIFY2(broken.body.contains("not valid gzip"), broken.body.constData());
        const Answer unknown = client.call("POST", QStringLiteral("/sync/v2/acknowledged_records/"),
                                           sites, "identity", "{}", "br");
        QCOMPARE(unknown.status, 415);
    }

    void aCompressedBodyInflatingBeyondTheLimitIsRefused()
    {
        QTemporaryDir data;
        PrimarySimProcess small;
        QVERIFY(small.start({QStringLiteral("--data"), data.path(), QStringLiteral("--demo"),
                             QStringLiteral("small"), QStringLiteral("--max-body-bytes"),
                             QStringLiteral("100000")}));
        RawSiteClient client(small.url());
        // 10 MB of zeros, a few kB once compressed: a zip bomb in miniature.
        const QByteArray bomb = deflated(QByteArray(10'000'000, '0'), 15 + 16);
        QVERIFY(bomb.size() < 100000);
        const Answer answer = client.call("POST", QStringLiteral("/sync/v2/acknowledged_records/"),
                                          {{QStringLiteral("from_site"), QStringLiteral("2")}},
                                          "identity", bomb, "gzip");
        QCOMPARE(answer.status, 413);
    }

    void aCutMidReplyRepeatsAtMostOneBatch()
    {
        // A fast line, so that the test is quick; the cut is what matters.
        const LineProfile line{QStringLiteral("test"), 50e6, 50e6, 40, 0};
        LineSimulator simulator(line, QStringLiteral("127.0.0.1"), quint16(m_primary.url().port()));
        QVERIFY(simulator.start());
        QTemporaryDir dir;

        // Uncut, for comparison; the CLI's lines are checked on the way.
        const SatelliteCli uncut = cliFor(dir.filePath(QStringLiteral("uncut.sqlite")));
        const auto first
            = uncut.login(simulator.url(), QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(!first.err.contains("0/0") && !first.err.contains(": 0 of 0"),
                 first.err.constData());
        QCOMPARE(first.out.count("Sync done"), 1);
        QVERIFY2(!first.err.contains("Sync finished"), first.err.constData());
        const qint64 records
            = LocalStore(uncut.databasePath(), QStringLiteral("count-uncut")).records.count();
        QVERIFY(records > 1000);
        {
            // What this sync learned of the line is kept for the next.
            LocalStore store(uncut.databasePath(), QStringLiteral("learned"));
            QVERIFY(store.settings.value(SettingKeys::learnedBatch).toInt() > 0);
        }
        const qint64 downstream = simulator.bytesDown();
        {
            // The replies came compressed: far fewer bytes than the records hold.
            LocalStore store(uncut.databasePath(), QStringLiteral("sizes"));
            SqlStatement sizes(store.db.handle(), "SELECT sum(length(data)) FROM record");
            QVERIFY(sizes.step());
            QVERIFY2(downstream < sizes.integer(0) / 2,
                     qPrintable(QStringLiteral("%1 bytes down for %2 of records")
                                    .arg(downstream)
                                    .arg(sizes.integer(0))));
        }

        // The same first sync, the line cut a quarter of the way through
        // (inside the first batch's reply).
        simulator.resetCounters();
        simulator.recordUpstream();
        const qint64 servedBefore = statOf(m_primary, u"recordsServed");
        const qint64 acknowledgedBefore = statOf(m_primary, u"recordsAcknowledged");
        simulator.cutAfterDownstreamBytes(downstream / 4);
        const SatelliteCli cut = cliFor(dir.filePath(QStringLiteral("cut.sqlite")));
        const auto resumed
            = cut.login(simulator.url(), QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(simulator.drops(), 1);
        QVERIFY2(resumed.err.contains("trying again"), resumed.err.constData());
        QCOMPARE(LocalStore(cut.databasePath(), QStringLiteral("count-cut")).records.count(),
                 records);
        const qint64 served = statOf(m_primary, u"recordsServed") - servedBefore;
        const qint64 acknowledged = statOf(m_primary, u"recordsAcknowledged") - acknowledgedBefore;
        QCOMPARE(acknowledged, records);
        // The batch cut short was served again, and only it.
        const QByteArray upstream = simulator.upstream();
        const qint64 largestBatch = largestLimitAsked(upstream);
        QVERIFY(largestBatch > 0);
        QVERIFY2(served > records && served - records <= largestBatch,
                 qPrintable(QStringLiteral("%1 served for %2, batches of up to %3")
                                .arg(served)
                                .arg(records)
                                .arg(largestBatch)));
        QVERIFY2(upstream.contains("Content-Encoding: deflate"), // the primary said it takes them
                 upstream.mid(upstream.indexOf("POST"), 900).constData());
        const QStringList ids = acknowledgedIds(upstream);
        QCOMPARE(ids.size(), records);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // none twice
    }

    void theNextSyncStartsFromTheBatchLearned()
    {
        const LineProfile line{QStringLiteral("test"), 50e6, 50e6, 40, 0};
        LineSimulator simulator(line, QStringLiteral("127.0.0.1"), quint16(m_primary.url().port()));
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        const SatelliteCli cli = cliFor(dir.filePath(QStringLiteral("learned.sqlite")));
        QCOMPARE(cli.login(simulator.url(), QStringLiteral("demo-clinic"), QStringLiteral("demo"))
                     .exitCode,
                 0);
        {
            LocalStore store(cli.databasePath(), QStringLiteral("learned"));
            QVERIFY(store.settings.value(SettingKeys::learnedBatch).toInt() > 0);
            store.settings.setValue(SettingKeys::learnedBatch, QStringLiteral("123"));
        }
        QByteArray items = "[";
        for (int i = 0; i < 300; ++i) {
            const QByteArray id = "LEARNEDITEM" + QByteArray::number(i);
            items += (i > 0 ? "," : "") + QByteArray("{\"RecordType\":\"item\",\"RecordID\":\"")
                + id + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + id
                + "\",\"item_name\":\"Learned\",\"code\":\"" + id + "\"}}";
        }
        QCOMPARE(HttpClient(m_primary.url())
                     .post(QStringLiteral("/admin/queue"), items + ']',
                           {{QStringLiteral("site"), QStringLiteral("demo-clinic")}})
                     .status,
                 200);
        simulator.resetCounters();
        simulator.recordUpstream();
        const auto sync = cli.run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const QByteArray upstream = simulator.upstream();
        const qsizetype firstGet = upstream.indexOf("GET /sync/v2/queued_records/?");
        QVERIFY(firstGet >= 0);
        const QByteArray requestLine
            = upstream.mid(firstGet, upstream.indexOf('\n', firstGet) - firstGet);
        QVERIFY2(requestLine.contains("limit=123"), requestLine.constData());
    }

    void aRecordThatCompressesAThousandfoldStillComes()
    {
        // 12 MB of one letter: gzip makes it 12 kB, a ratio Qt's decoder
        // takes for an archive bomb.
        QTemporaryDir data;
        PrimarySimProcess primary;
        QVERIFY(primary.start({QStringLiteral("--data"), data.path(), QStringLiteral("--demo"),
                               QStringLiteral("small")}));
        const QByteArray note(12'000'000, 'x');
        const QByteArray record
            = "[{\"RecordType\":\"item\",\"RecordID\":\"BIG\",\"SyncType\":\"I\",\"Data\":"
              "{\"ID\":\"BIG\",\"item_name\":\"Big\",\"code\":\"BIG1\",\"note\":\""
            + note + "\"}}]";
        QCOMPARE(HttpClient(primary.url())
                     .post(QStringLiteral("/admin/queue"), record,
                           {{QStringLiteral("site"), QStringLiteral("demo-clinic")}})
                     .status,
                 200);
        const LineProfile line{QStringLiteral("test"), 50e6, 50e6, 40, 0};
        LineSimulator simulator(line, QStringLiteral("127.0.0.1"), quint16(primary.url().port()));
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        SatelliteCli cli(dir.filePath(QStringLiteral("big.sqlite")));
        cli.setEnvironment(QStringLiteral("SATELLITE_NO_KEYCHAIN"), QStringLiteral("1"));
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_BASE_MS"), QStringLiteral("50"));
        const auto login
            = cli.login(simulator.url(), QStringLiteral("demo-clinic"), QStringLiteral("demo"));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        LocalStore store(cli.databasePath(), QStringLiteral("big"));
        QVERIFY(store.records.data(QStringLiteral("item"), QStringLiteral("BIG"))
                    .value_or(QByteArray())
                    .contains(note));
    }

private:
    SatelliteCli cliFor(const QString &database)
    {
        HttpClient(m_primary.url())
            .post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "");
        SatelliteCli cli(database);
        cli.setEnvironment(QStringLiteral("SATELLITE_NO_KEYCHAIN"), QStringLiteral("1"));
        cli.setEnvironment(QStringLiteral("SATELLITE_RETRY_BASE_MS"), QStringLiteral("50"));
        return cli;
    }

    QTemporaryDir m_data;
    PrimarySimProcess m_primary;
};

QTEST_GUILESS_MAIN(LineSyncTest)
#include "tst_line_sync.moc"
