// The satellite's benchmark (issue "Performance"): real primary-sim, real
// satellite-cli, real SQLite files; every speed next to its floor or target.
// A program that prints figures, never a timed test.

#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/IncomingApplier.h"
#include "sync/WireFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace satellite;

namespace {

struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    qint64 peakRssKb = 0;
};

// The satellite's database and everything it keeps next to it.
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".credentials"})
        QFile::remove(path + QLatin1String(suffix));
    QDir(path + QLatin1String("-inbox")).removeRecursively();
}

// Writes out what earlier runs left in the page cache, so that a run does not
// pay for its predecessor's writeback.
void settleDisk()
{
    ::sync();
}

// Runs a program to its end with its stdin from `inputFile`, timing it and
// reading its peak RSS from the kernel (wait4).
Measured runMeasured(const QString &program, const QStringList &arguments, const QString &inputFile)
{
    QList<QByteArray> storage{program.toUtf8()};
    for (const QString &argument : arguments)
        storage.append(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray input = inputFile.toUtf8();
    posix_spawn_file_actions_addopen(&actions, 0, input.isEmpty() ? "/dev/null" : input.constData(),
                                     O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    Measured measured;
    settleDisk();
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return measured;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    measured.seconds = clock.nsecsElapsed() / 1e9;
    measured.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    measured.peakRssKb = usage.ru_maxrss;
    posix_spawn_file_actions_destroy(&actions);
    return measured;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values[values.size() / 2];
}

QString verdict(bool met)
{
    return met ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

struct InitialSync
{
    qint64 records = 0;
    double seconds = 0;
    qint64 satelliteRssKb = 0;
    qint64 primaryRssKb = 0;
};

InitialSync initialSync(PrimarySimProcess &primary, const QString &databasePath, QTextStream &err)
{
    QTemporaryDir dir;
    QFile password(dir.filePath(QStringLiteral("password")));
    password.open(QIODevice::WriteOnly);
    password.write("demo\n");
    password.close();
    removeDatabase(databasePath);
    // Each run is a new installation of the same site.
    HttpClient(primary.url()).post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "");
    qputenv("SATELLITE_NO_KEYCHAIN", "1");
    const Measured run
        = runMeasured(SatelliteCli::executable(),
                      {QStringLiteral("--db"), databasePath, QStringLiteral("login"),
                       QStringLiteral("--url"), primary.url().toString(), QStringLiteral("--site"),
                       QStringLiteral("demo-clinic"), QStringLiteral("--password-stdin")},
                      password.fileName());
    InitialSync result;
    if (run.exitCode != 0) {
        err << "satellite-cli login failed with " << run.exitCode << Qt::endl;
        return result;
    }
    LocalStore store(databasePath, QStringLiteral("bench-count"));
    result.records = store.records.count();
    result.seconds = run.seconds;
    result.satelliteRssKb = run.peakRssKb;
    result.primaryRssKb = primary.peakRssKb();
    return result;
}

bool startPrimary(PrimarySimProcess &primary, const QTemporaryDir &dir, const QString &size)
{
    return primary.start({QStringLiteral("--data"), dir.path(), QStringLiteral("--demo"), size},
                         600000);
}

// The same records as the JSON batches the primary sends them in.
QList<QByteArray> batchesOf(const QString &syncedDatabase, qint64 *records)
{
    LocalStore source(syncedDatabase, QStringLiteral("bench-source"));
    SqlStatement all(source.db.handle(), "SELECT type, id, data FROM record");
    QList<QByteArray> batches;
    QByteArray batch = "[";
    int inBatch = 0;
    *records = 0;
    while (all.step()) {
        if (inBatch > 0)
            batch += ',';
        batch += WireFormat::envelope(WireFormat::newId(), all.text(0), all.text(1),
                                      QStringLiteral("I"), QString(), all.bytes(2));
        if (++inBatch == 1000) {
            batches.append(batch + ']');
            batch = "[";
            inBatch = 0;
        }
        ++*records;
    }
    if (inBatch > 0)
        batches.append(batch + ']');
    return batches;
}

// What the sync does with each batch, minus the network: check it, keep it in
// the inbox, apply it; the first sync's bulk load and its indexes. On one
// thread (the sync's two threads overlap the network, and contend for the
// database without it). Seconds; nullopt when not every record was stored.
std::optional<double> storeAsTheSyncDoes(const QList<QByteArray> &batches, qint64 records,
                                         const QString &scratch)
{
    removeDatabase(scratch);
    LocalStore target(scratch, QStringLiteral("bench-floor"));
    IncomingApplier applier(target.db, target.records, target.quarantine, target.inbox);
    settleDisk();
    QElapsedTimer clock;
    clock.start();
    {
        Transaction transaction(target.db);
        target.records.beginBulkLoad();
        transaction.commit();
    }
    IncomingApplier::Result stored;
    for (const QByteArray &batch : batches) {
        QString error;
        const auto summary = WireFormat::summarize(batch, &error);
        if (!summary)
            return std::nullopt;
        stored += applier.applyFromInbox(target.inbox.add(batch, summary->syncIds), batch);
    }
    target.inbox.shrink();
    target.records.finishBulkLoad();
    const double seconds = clock.nsecsElapsed() / 1e9;
    return stored.applied == records ? std::optional<double>(seconds) : std::nullopt;
}

// The floor: the same records, already in memory, parsed and stored by the
// store code; no network, no server. Median of `runs`.
double floorRecordsPerSecond(const QString &syncedDatabase, const QString &scratch, int runs,
                             qint64 *records)
{
    const QList<QByteArray> batches = batchesOf(syncedDatabase, records);
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        const std::optional<double> seconds = storeAsTheSyncDoes(batches, *records, scratch);
        if (!seconds)
            return 0; // not measured
        rates.append(*records / *seconds);
    }
    removeDatabase(scratch);
    return median(rates);
}

// One run of the floor in a process of its own (this program, --floor-of):
// this one stays small, so that the peak RSS of the syncs it starts is theirs
// alone. Records/s, or 0 when it failed.
double floorInItsOwnProcess(const QString &syncedDatabase, QTextStream &err)
{
    QProcess floor;
    floor.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--floor-of"), syncedDatabase, QStringLiteral("--runs"),
                 QStringLiteral("1")});
    if (!floor.waitForFinished(600000) || floor.exitCode() != 0) {
        err << "the floor failed: " << floor.readAllStandardError() << Qt::endl;
        return 0;
    }
    const QByteArray output = floor.readAllStandardOutput(); // "floor: N records/s (...)"
    return output.mid(output.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble();
}

// Prescriptions of the site's own store: what a site may push.
double pushRecordsPerSecond(const QString &databasePath, int changes)
{
    QTemporaryDir dir;
    SatelliteCli cli(databasePath);
    const QByteArray store
        = QJsonDocument::fromJson(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).out)
              .object()
              .value(u"storeId")
              .toString()
              .toUtf8();
    QByteArray records = "[";
    for (int i = 0; i < changes; ++i) {
        const QByteArray id = QUuid::createUuid().toString(QUuid::Id128).toUpper().toLatin1();
        if (i > 0)
            records += ',';
        records += "{\"RecordType\":\"transact\",\"RecordID\":\"" + id
            + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + id
            + "\",\"type\":\"ci\",\"mode\":\"dispensary\",\"status\":\"nw\",\"store_ID\":\"" + store
            + "\",\"invoice_num\":\"" + QByteArray::number(900000 + i) + "\"}}";
    }
    QFile file(dir.filePath(QStringLiteral("changes.json")));
    file.open(QIODevice::WriteOnly);
    file.write(records + ']');
    file.close();
    if (cli.run({QStringLiteral("import"), file.fileName()}).exitCode != 0)
        return 0;
    const Measured sync
        = runMeasured(SatelliteCli::executable(),
                      {QStringLiteral("--db"), databasePath, QStringLiteral("sync")}, {});
    return sync.exitCode == 0 ? changes / sync.seconds : 0;
}

// One run of gui-probe (offscreen); its figures, or empty on failure.
QJsonObject runGuiProbe(const QStringList &arguments, QTextStream &err)
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SATELLITE_NO_KEYCHAIN"), QStringLiteral("1"));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(GUI_PROBE_PATH), arguments);
    if (!probe.waitForFinished(600000) || probe.exitCode() != 0) {
        err << "gui-probe " << arguments.join(u' ') << " failed: " << probe.readAllStandardError()
            << Qt::endl;
        return {};
    }
    return QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
}

struct GuiFigures
{
    double stallMs = -1;
    double windowMs = -1;
    double keystrokeMs = -1; // the slower of Stock and Patients
};

GuiFigures guiFigures(PrimarySimProcess &primary, const QString &databasePath, int runs,
                      QTextStream &err)
{
    QList<double> stalls, windows, keystrokes;
    for (int run = 0; run < runs; ++run) {
        removeDatabase(databasePath);
        settleDisk();
        HttpClient(primary.url())
            .post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "");
        const QJsonObject sync
            = runGuiProbe({QStringLiteral("sync"), primary.url().toString(), databasePath}, err);
        if (sync.isEmpty())
            return {};
        stalls.append(sync.value(u"stallMs").toDouble());
        const QJsonObject window = runGuiProbe({QStringLiteral("window"), databasePath}, err);
        if (window.isEmpty())
            return {};
        windows.append(window.value(u"windowMs").toDouble());
        keystrokes.append(std::max(window.value(u"stockKeystrokeMs").toDouble(),
                                   window.value(u"patientsKeystrokeMs").toDouble()));
    }
    return {median(stalls), median(windows), median(keystrokes)};
}

double queryMs(sqlite3 *db, const QByteArray &sql, qint64 *rows = nullptr)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        SqlStatement query(db, sql.constData());
        qint64 count = 0;
        while (query.step())
            ++count;
        times.append(clock.nsecsElapsed() / 1e6);
        if (rows)
            *rows = count;
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The satellite's benchmark."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small data, one run: checks that it works."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each measurement."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption floorOnly(
        QStringLiteral("floor-of"),
        QStringLiteral("Only measure the floor with the records of this synced database (for "
                       "profiling)."),
        QStringLiteral("database"));
    parser.addOptions({quick, runsOption, floorOnly});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(floorOnly)) {
        QTemporaryDir scratch;
        qint64 records = 0;
        const double rate = floorRecordsPerSecond(parser.value(floorOnly),
                                                  scratch.filePath(QStringLiteral("floor.sqlite")),
                                                  parser.value(runsOption).toInt(), &records);
        out << "floor: " << qRound64(rate) << " records/s (" << records << " records)" << Qt::endl;
        return rate > 0 ? 0 : 1;
    }
    const bool isQuick = parser.isSet(quick);
    const QString size = isQuick ? QStringLiteral("small") : QStringLiteral("large");
    const int runs = isQuick ? 1 : std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("bench.sqlite"));

    // Medium first, while this process is small: a child's peak RSS (wait4)
    // counts the pages it shared with us before exec.
    qint64 mediumRss = 0;
    if (!isQuick) {
        QTemporaryDir mediumData;
        PrimarySimProcess mediumPrimary;
        if (startPrimary(mediumPrimary, mediumData, QStringLiteral("medium")))
            mediumRss
                = initialSync(mediumPrimary, dir.filePath(QStringLiteral("medium.sqlite")), err)
                      .satelliteRssKb;
    }
    QTemporaryDir primaryData;
    PrimarySimProcess primary;
    if (!startPrimary(primary, primaryData, size)) {
        err << "primary-sim did not start: " << primary.errorString() << Qt::endl;
        return 1;
    }
    // Each sync is followed by its floor: a machine that is busier for a
    // while slows both, not one of them.
    QList<InitialSync> syncs;
    QList<double> floors;
    for (int run = 0; run < runs; ++run) {
        const InitialSync sync = initialSync(primary, database, err);
        if (sync.records == 0)
            return 1;
        floors.append(floorInItsOwnProcess(database, err));
        err << "initial sync " << run + 1 << ": " << sync.records << " records in " << sync.seconds
            << " s; floor " << qRound64(floors.last()) << " records/s" << Qt::endl;
        syncs.append(sync);
    }
    QList<double> rates;
    QList<qint64> satelliteRss, primaryRss;
    for (const InitialSync &sync : syncs) {
        rates.append(sync.records / sync.seconds);
        satelliteRss.append(sync.satelliteRssKb);
        primaryRss.append(sync.primaryRssKb);
    }
    const double endToEnd = median(rates);
    const double floor = floors.contains(0.0) ? 0 : median(floors);

    LocalStore store(database, QStringLiteral("bench-queries"));
    const double stockMs = queryMs(
        store.db.handle(),
        "SELECT i.id, i.name, sum(l.units), sum(l.available), min(l.date) FROM record i LEFT JOIN "
        "record l ON l.type = 'item_line' AND l.link_id = i.id WHERE i.type = 'item' GROUP BY "
        "i.id");
    const double patientMs = queryMs(store.db.handle(),
                                     "SELECT id, name FROM record WHERE type = 'name' AND kind = "
                                     "'patient' AND name LIKE '%ann%' LIMIT 256");
    SqlStatement someInvoice(store.db.handle(),
                             "SELECT id FROM record WHERE type = 'transact' LIMIT 1 OFFSET 100");
    const QByteArray invoice = someInvoice.step() ? someInvoice.text(0).toUtf8() : QByteArray();
    qint64 lines = 0;
    const double linesMs
        = queryMs(store.db.handle(),
                  "SELECT id, name, units FROM record WHERE type = 'trans_line' AND link_id = '"
                      + invoice + "'",
                  &lines);
    const double push = pushRecordsPerSecond(database, isQuick ? 1000 : 10000);
    const GuiFigures gui
        = guiFigures(primary, dir.filePath(QStringLiteral("gui.sqlite")), runs, err);

    const auto mb
        = [](qint64 kb) { return QString::number(kb / 1024.0, 'f', 0) + QStringLiteral(" MB"); };
    out << "| figure (" << size << " demo, "
        << (isQuick ? QStringLiteral("quick") : QStringLiteral("median of %1").arg(runs))
        << ") | value | floor or target | |\n";
    out << "|---|---|---|---|\n";
    out << "| initial sync, end to end | " << qRound64(endToEnd) << " records/s ("
        << syncs.first().records << " records, "
        << QString::number(syncs.first().records / endToEnd, 'f', 1)
        << " s) | >= 50,000 records/s | " << verdict(endToEnd >= 50000) << " |\n";
    out << "| floor: same batches checked, kept and stored in-process | " << qRound64(floor)
        << " records/s | >= 150,000 records/s | " << verdict(floor >= 150000) << " |\n";
    out << "| initial sync / floor | " << QString::number(floor / std::max(endToEnd, 1.0), 'f', 2)
        << "x slower | within 2x | " << verdict(floor <= 2 * endToEnd) << " |\n";
    out << "| satellite peak RSS | " << mb(median(satelliteRss)) << " | < 100 MB | "
        << verdict(median(satelliteRss) < 100 * 1024) << " |\n";
    if (!isQuick)
        out << "| satellite peak RSS, medium vs large | " << mb(mediumRss) << " vs "
            << mb(median(satelliteRss)) << " | within 20% | "
            << verdict(std::abs(median(satelliteRss) - mediumRss) <= mediumRss / 5) << " |\n";
    out << "| primary-sim peak RSS | " << mb(median(primaryRss)) << " | (not a target) | |\n";
    out << "| push of " << (isQuick ? 1000 : 10000) << " local changes | " << qRound64(push)
        << " records/s | >= 5,000 records/s | " << verdict(push >= 5000) << " |\n";
    out << "| query: stock on hand of every item | " << QString::number(stockMs, 'f', 1)
        << " ms | < 50 ms | " << verdict(stockMs < 50) << " |\n";
    out << "| query: patient name search | " << QString::number(patientMs, 'f', 1)
        << " ms | < 50 ms | " << verdict(patientMs < 50) << " |\n";
    out << "| query: one invoice's lines (" << lines << ") | " << QString::number(linesMs, 'f', 1)
        << " ms | < 50 ms | " << verdict(linesMs < 50) << " |\n";
    const auto ms = [](double value) {
        return value < 0 ? QStringLiteral("failed")
                         : QString::number(value, 'f', 0) + QStringLiteral(" ms");
    };
    out << "| GUI: longest stall of the GUI thread during the initial sync | " << ms(gui.stallMs)
        << " | < 50 ms | " << verdict(gui.stallMs >= 0 && gui.stallMs < 50) << " |\n";
    out << "| GUI: process start to main window shown | " << ms(gui.windowMs) << " | < 1 s | "
        << verdict(gui.windowMs >= 0 && gui.windowMs < 1000) << " |\n";
    out << "| GUI: filter keystroke answered (Stock, Patients) | " << ms(gui.keystrokeMs)
        << " | < 100 ms | " << verdict(gui.keystrokeMs >= 0 && gui.keystrokeMs < 100) << " |\n";
    out.flush();
    // Slow is a MISS in the table; only a figure that could not be measured fails.
    const bool measured
        = floor > 0 && push > 0 && gui.stallMs >= 0 && gui.keystrokeMs >= 0 && lines > 0;
    return measured ? 0 : 1;
}
