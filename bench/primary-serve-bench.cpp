// Measures how fast primary-sim serves a demo site's queue through
// count / get(limit=1000) / ack over loopback. A program, not a test: it
// prints figures and fails only when something does not work.

#include "HttpClient.h"
#include "PrimarySimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>

namespace {

struct RunResult
{
    qint64 records = 0;
    double startSeconds = 0; // demo generation and load included
    double serveSeconds = 0;
    qint64 peakRssKb = 0;
};

std::optional<RunResult> runOnce(const QString &size, QTextStream &err)
{
    QTemporaryDir dir;
    PrimarySimProcess primary;
    QElapsedTimer clock;
    clock.start();
    if (!primary.start({QStringLiteral("--data"), dir.path(), QStringLiteral("--demo"), size},
                       600000)) {
        err << "primary-sim did not start: " << primary.errorString() << Qt::endl;
        return std::nullopt;
    }
    RunResult result;
    result.startSeconds = clock.elapsed() / 1000.0;

    HttpClient client(primary.url());
    // As the satellite on this computer asks: compression costs more than it saves here.
    client.setAcceptEncoding("identity");
    client.setCredentials(satellite::SiteCredentials::fromPassword(QStringLiteral("demo-clinic"),
                                                                   QStringLiteral("demo")));
    const auto site
        = client.get(QStringLiteral("/sync/v2/site/"),
                     QUrlQuery{{QStringLiteral("site_name"), QStringLiteral("demo-clinic")}});
    if (site.status != 200) {
        err << "login failed: " << site.status << Qt::endl;
        return std::nullopt;
    }
    client.setSiteIds(site.object().value(u"SiteID").toInt());

    clock.restart();
    const qint64 expected = qint64(client.syncGet(QStringLiteral("/sync/v2/queued_records/count"))
                                       .object()
                                       .value(u"NumRecords")
                                       .toDouble());
    qint64 getMs = 0, ackMs = 0;
    for (;;) {
        const auto batch
            = client.syncGet(QStringLiteral("/sync/v2/queued_records/"),
                             QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1000")}});
        const QJsonArray records = batch.array();
        if (batch.status != 200) {
            err << "pull failed: " << batch.status << Qt::endl;
            return std::nullopt;
        }
        if (records.isEmpty())
            break;
        QJsonArray ids;
        for (const QJsonValue &record : records)
            ids.append(record.toObject().value(u"SyncID"));
        const auto ack
            = client.syncPost(QStringLiteral("/sync/v2/acknowledged_records/"),
                              QJsonDocument(QJsonObject{{QStringLiteral("SyncRecordIDs"), ids}})
                                  .toJson(QJsonDocument::Compact));
        if (ack.status != 200) {
            err << "ack failed: " << ack.status << Qt::endl;
            return std::nullopt;
        }
        result.records += records.size();
        getMs += batch.elapsedMs;
        ackMs += ack.elapsedMs;
    }
    result.serveSeconds = clock.elapsed() / 1000.0;
    err << "get " << getMs << " ms, ack " << ackMs << " ms" << Qt::endl;
    result.peakRssKb = primary.peakRssKb();
    if (result.records != expected) {
        err << "served " << result.records << " records, count said " << expected << Qt::endl;
        return std::nullopt;
    }
    return result;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serving speed of primary-sim for a demo site."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Demo size."),
                                        QStringLiteral("size"), QStringLiteral("large"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs; the median is printed."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({sizeOption, runsOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString size = parser.value(sizeOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<RunResult> results;
    for (int run = 0; run < runs; ++run) {
        const auto result = runOnce(size, err);
        if (!result)
            return 1;
        err << "run " << run + 1 << ": " << result->records << " records in "
            << result->serveSeconds << " s" << Qt::endl;
        results.append(*result);
    }
    QList<double> rates, starts;
    QList<qint64> rss;
    for (const RunResult &result : results) {
        rates.append(result.records / std::max(result.serveSeconds, 1e-6));
        starts.append(result.startSeconds);
        rss.append(result.peakRssKb);
    }
    out << "| primary-sim --demo " << size << " (median of " << runs << ") | value |\n";
    out << "|---|---|\n";
    out << "| records served to demo-clinic | " << results.first().records << " |\n";
    out << "| serving speed, count/get(limit=1000)/ack | " << qRound64(median(rates))
        << " records/s |\n";
    out << "| start-up, demo generation included | " << QString::number(median(starts), 'f', 1)
        << " s |\n";
    out << "| primary-sim peak RSS | " << median(rss) / 1024 << " MB |\n";
    out.flush();
    return 0;
}
