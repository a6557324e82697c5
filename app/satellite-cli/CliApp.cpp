#include "CliApp.h"

#include "CliHelp.h"
#include "PasswordPrompt.h"
#include "ProgressPrinter.h"
#include "WorkCommands.h"
#include "domain/DateText.h"
#include "store/DatabaseLocation.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/IncomingApplier.h"
#include "sync/SettingKeys.h"
#include "sync/SiteCredentials.h"
#include "sync/SyncController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace satellite;

namespace {

QJsonObject outcomeJson(const SyncOutcome &outcome)
{
    return QJsonObject{
        {QStringLiteral("result"), SyncError::kindName(outcome.error.kind)},
        {QStringLiteral("message"), outcome.error.isError() ? outcome.error.describe() : QString()},
        {QStringLiteral("pushed"), double(outcome.pushed)},
        {QStringLiteral("pulled"), double(outcome.pulled)},
        {QStringLiteral("quarantined"), double(outcome.quarantined)},
        {QStringLiteral("refused"), double(outcome.refused)},
        {QStringLiteral("changedTypes"), QJsonArray::fromStringList(outcome.changedTypes)}};
}

// Support and test knobs: how patient the engine is with a bad line.
SyncEngine::Tuning tuningFromEnvironment()
{
    SyncEngine::Tuning tuning;
    const std::pair<const char *, int *> knobs[] = {
        {"SATELLITE_RETRY_BASE_MS", &tuning.retryBaseMs},
        {"SATELLITE_RETRY_ATTEMPTS", &tuning.attempts},
        {"SATELLITE_TIMEOUT_MS", &tuning.timeoutMs},
    };
    for (const auto &[name, target] : knobs) {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        if (ok && value > 0)
            *target = value;
    }
    return tuning;
}

} // namespace

CliApp::CliApp(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{ }

CliApp::~CliApp() = default;

int CliApp::exitCode(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::None: return 0;
    case SyncError::Kind::Usage: return 2;
    case SyncError::Kind::Credentials: return 3;
    case SyncError::Kind::Offline:
    case SyncError::Kind::Timeout:
    case SyncError::Kind::Tls: return 4;
    case SyncError::Kind::Server: return 5;
    case SyncError::Kind::Protocol: return 6;
    case SyncError::Kind::LocalDatabase: return 7;
    case SyncError::Kind::HardwareLock: return 8;
    case SyncError::Kind::Cancelled: return 130;
    }
    return 1;
}

int CliApp::run()
{
    // Help and version touch no database, nor its folder.
    if (m_options.command == u"version") {
        m_out << "satellite-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (m_options.command == u"help") {
        m_out << (m_options.helpTopic.isEmpty() ? CliHelp::overview()
                                                : CliHelp::forCommand(m_options.helpTopic));
        m_out.flush();
        return 0;
    }
    DatabaseLocation::makeFolderFor(m_options.databasePath);
    try {
        if (m_options.command == u"login")
            return login();
        if (m_options.command == u"sync")
            return sync();
        if (m_options.command == u"status")
            return status();
        if (m_options.command == u"records")
            return records();
        if (m_options.command == u"import")
            return importFile();
        if (m_options.command == u"quarantine")
            return quarantine();
        if (m_options.command == u"history")
            return history();
        const QStringList work = {QStringLiteral("patient"), QStringLiteral("dispense"),
                                  QStringLiteral("receive"), QStringLiteral("count")};
        if (work.contains(m_options.command)) {
            m_work = std::make_unique<WorkCommands>(m_options, m_out, m_err);
            return m_work->run();
        }
    } catch (const StoreError &error) {
        return fail(7, tr("local database error: %1").arg(error.message()));
    }
    return fail(2, CliOptions::usage());
}

void CliApp::cancel()
{
    if (m_controller)
        m_controller->cancel();
}

LocalStore &CliApp::store()
{
    if (!m_store)
        m_store = std::make_unique<LocalStore>(m_options.databasePath, QStringLiteral("store-cli"));
    return *m_store;
}

int CliApp::fail(int code, const QString &message)
{
    m_err << "satellite-cli: " << message << Qt::endl;
    return code;
}

int CliApp::login()
{
    QString error;
    const auto password = m_options.passwordStdin
        ? PasswordPrompt::readLine(&error)
        : PasswordPrompt::ask(tr("Password for %1: ").arg(m_options.site), &error);
    if (!password)
        return fail(2, error);
    LoginRequest request;
    request.serverUrl = m_options.url;
    request.siteName = m_options.site;
    request.passwordHash
        = SiteCredentials::hashPassword(*password); // the password itself is not kept
    request.allowInsecureHttp = m_options.allowInsecureHttp;
    request.trustedCertificateSha256 = QString(m_options.trustCertificate).remove(u':').toLower();
    startSync([request](SyncController &controller) { controller.login(request); });
    return -1;
}

int CliApp::sync()
{
    startSync([](SyncController &controller) { controller.syncNow(); });
    return -1;
}

void CliApp::startSync(const std::function<void(SyncController &)> &begin)
{
    m_store.reset(); // the engine opens its own connection on its own thread
    m_controller = std::make_unique<SyncController>(m_options.databasePath);
    m_controller->setTuning(tuningFromEnvironment());
    auto printer = std::make_shared<ProgressPrinter>();
    connect(m_controller.get(), &SyncController::progressChanged, this,
            [printer](const SyncProgress &progress) { printer->show(progress); });
    connect(m_controller.get(), &SyncController::logged, this,
            [printer](const SyncLogEntry &entry) { printer->log(entry); });
    connect(m_controller.get(), &SyncController::siteFound, this,
            [printer](const SiteIdentity &site) {
                // Through the printer, which clears its progress line first.
                printer->log({QDateTime::currentDateTime(), SyncLogEntry::Level::Info,
                              tr("Site found: site ID %1, store %2, user %3")
                                  .arg(site.siteId)
                                  .arg(site.storeId, site.userId)});
            });
    connect(m_controller.get(), &SyncController::finished, this,
            [this, printer](const SyncOutcome &outcome) {
                printer->finish();
                finishSync(outcome);
            });
    begin(*m_controller);
}

void CliApp::finishSync(const SyncOutcome &outcome)
{
    if (m_options.json) {
        m_out << QJsonDocument(outcomeJson(outcome)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!outcome.error.isError()) {
        m_out << tr("Sync %1: %2 sent, %3 received, %4 in quarantine.")
                     .arg(outcome.error.kind == SyncError::Kind::Cancelled ? tr("cancelled")
                                                                           : tr("done"))
                     .arg(outcome.pushed)
                     .arg(outcome.pulled)
                     .arg(outcome.quarantined)
              << Qt::endl;
        if (outcome.refused > 0)
            m_out << tr("%n change(s) refused by the primary; see satellite-cli quarantine.",
                        nullptr, int(outcome.refused))
                  << Qt::endl;
    }
    if (outcome.error.isError())
        m_err << "satellite-cli: " << outcome.error.describe() << Qt::endl;
    QCoreApplication::exit(exitCode(outcome.error));
}

int CliApp::status()
{
    LocalStore &local = store();
    const auto last = local.history.lastSuccessful();
    QJsonObject status{
        {QStringLiteral("site"), local.settings.value(SettingKeys::siteName)},
        {QStringLiteral("server"), local.settings.value(SettingKeys::serverUrl)},
        {QStringLiteral("siteId"), local.settings.value(SettingKeys::siteId).toInt()},
        {QStringLiteral("storeId"), local.settings.value(SettingKeys::storeId)},
        {QStringLiteral("lastSuccessfulSync"),
         last ? last->finishedAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("waitingToGoOut"), double(local.outgoing.count())},
        {QStringLiteral("quarantined"), double(local.quarantine.count())},
        {QStringLiteral("refusedByPrimary"), double(local.refused.count())},
        {QStringLiteral("waitingCalls"), double(local.pendingCalls.count())},
        {QStringLiteral("records"), double(local.records.count())}};
    if (m_options.json) {
        m_out << QJsonDocument(status).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (status.value(u"site").toString().isEmpty())
        m_out << tr("Not logged in.") << Qt::endl;
    else
        m_out << tr("Site %1 on %2 (site ID %3)")
                     .arg(status.value(u"site").toString(), status.value(u"server").toString())
                     .arg(status.value(u"siteId").toInt())
              << Qt::endl;
    m_out << tr("Last successful sync: %1")
                 .arg(last ? DateText::of(last->finishedAt.toLocalTime()) : tr("never"))
          << Qt::endl;
    m_out << tr("Changes waiting to go out: %1").arg(local.outgoing.count()) << Qt::endl;
    m_out << tr("Records held: %1").arg(local.records.count()) << Qt::endl;
    if (local.quarantine.count() > 0)
        m_out << tr("Records in quarantine: %1").arg(local.quarantine.count()) << Qt::endl;
    if (local.refused.count() > 0)
        m_out << tr("Changes refused by the primary: %1").arg(local.refused.count()) << Qt::endl;
    if (local.pendingCalls.count() > 0)
        m_out << tr("Patients waiting to be made visible here: %1").arg(local.pendingCalls.count())
              << Qt::endl;
    return 0;
}

int CliApp::records()
{
    LocalStore &local = store();
    if (!m_options.id.isEmpty()) {
        const auto data = local.records.data(m_options.type, m_options.id);
        if (!data)
            return fail(1, tr("no %1 record with ID %2").arg(m_options.type, m_options.id));
        m_out << QString::fromUtf8(*data) << Qt::endl; // Data exactly as stored
        return 0;
    }
    const QList<StoredRecord> all = local.records.ofType(m_options.type);
    if (m_options.json) {
        QByteArray out = "[";
        for (const StoredRecord &record : all)
            out += (out.size() > 1 ? "," : "") + record.data;
        m_out << QString::fromUtf8(out + ']') << Qt::endl;
        return 0;
    }
    for (const StoredRecord &record : all)
        m_out << record.id << '\t' << QString::fromUtf8(record.data.left(120)) << Qt::endl;
    m_err << tr("%n record(s)", nullptr, int(all.size())) << Qt::endl;
    return 0;
}

int CliApp::importFile()
{
    QFile file(m_options.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(2, tr("cannot read %1: %2").arg(m_options.file, file.errorString()));
    const LocalChanges::Result result = store().changes.importRecords(file.readAll());
    if (!result.error.isEmpty())
        return fail(2, result.error);
    m_out << tr("%n change(s) saved; they go out with the next sync.", nullptr, int(result.changed))
          << Qt::endl;
    return 0;
}

int CliApp::quarantine()
{
    LocalStore &local = store();
    if (!m_options.discard.isEmpty())
        return discardRefused();
    if (m_options.retry) {
        IncomingApplier applier(local.db, local.records, local.quarantine, local.inbox);
        const qint64 applied = applier.retryQuarantined();
        qint64 requeued = 0;
        for (const OutgoingQuarantine::Entry &entry : local.refused.all())
            requeued += local.refused.retry(entry.seq) ? 1 : 0;
        m_out << tr("%n record(s) applied; %1 still in quarantine.", nullptr, int(applied))
                     .arg(local.quarantine.count())
              << Qt::endl;
        if (requeued > 0)
            m_out << tr("%n refused change(s) will be sent again with the next sync.", nullptr,
                        int(requeued))
                  << Qt::endl;
        return 0;
    }
    const QList<Quarantine::Entry> entries = local.quarantine.all();
    const QList<OutgoingQuarantine::Entry> refused = local.refused.all();
    if (m_options.json) {
        QJsonArray out;
        for (const Quarantine::Entry &entry : entries) {
            out.append(
                QJsonObject{{QStringLiteral("direction"), QStringLiteral("incoming")},
                            {QStringLiteral("receivedAt"), entry.receivedAt.toString(Qt::ISODate)},
                            {QStringLiteral("syncId"), entry.syncId},
                            {QStringLiteral("recordType"), entry.recordType},
                            {QStringLiteral("recordId"), entry.recordId},
                            {QStringLiteral("reason"), entry.reason},
                            {QStringLiteral("raw"), QString::fromUtf8(entry.raw)}});
        }
        for (const OutgoingQuarantine::Entry &entry : refused) {
            out.append(
                QJsonObject{{QStringLiteral("direction"), QStringLiteral("outgoing")},
                            {QStringLiteral("number"), double(entry.seq)},
                            {QStringLiteral("refusedAt"), entry.refusedAt.toString(Qt::ISODate)},
                            {QStringLiteral("recordType"), entry.type},
                            {QStringLiteral("recordId"), entry.id},
                            {QStringLiteral("reason"), entry.reason},
                            {QStringLiteral("raw"), QString::fromUtf8(entry.envelope)}});
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const Quarantine::Entry &entry : entries)
        m_out << entry.recordType << ' ' << entry.recordId << ": " << entry.reason << Qt::endl;
    for (const OutgoingQuarantine::Entry &entry : refused)
        m_out << tr("refused change %1: %2 %3: %4")
                     .arg(entry.seq)
                     .arg(entry.type, entry.id, entry.reason)
              << Qt::endl;
    m_err << tr("%n record(s) in quarantine", nullptr, int(entries.size())) << Qt::endl;
    if (!refused.isEmpty())
        m_err << tr("%n change(s) refused by the primary (--retry sends them again, --discard N "
                    "gives one up)",
                    nullptr, int(refused.size()))
              << Qt::endl;
    return 0;
}

int CliApp::discardRefused()
{
    LocalStore &local = store();
    bool ok = false;
    const qint64 seq = m_options.discard.toLongLong(&ok);
    const QList<OutgoingQuarantine::Entry> refused = local.refused.all();
    const auto entry
        = std::find_if(refused.begin(), refused.end(),
                       [&](const OutgoingQuarantine::Entry &e) { return e.seq == seq; });
    if (!ok || entry == refused.end())
        return fail(2,
                    tr("there is no refused change %1 (see satellite-cli quarantine)")
                        .arg(m_options.discard));
    const QString lost = tr("The change to %1 %2 will never reach the primary; this computer "
                            "keeps the record as it is here.")
                             .arg(entry->type, entry->id);
    if (!m_options.yes)
        return fail(2, lost + u' ' + tr("Add --yes to discard it."));
    local.refused.discard(seq);
    m_out << lost << Qt::endl;
    return 0;
}

int CliApp::history()
{
    const QList<SyncRun> runs = store().history.recent();
    if (m_options.json) {
        QJsonArray out;
        for (const SyncRun &run : runs) {
            out.append(QJsonObject{
                {QStringLiteral("startedAt"), run.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("finishedAt"), run.finishedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("pushed"), double(run.pushed)},
                {QStringLiteral("pulled"), double(run.pulled)},
                {QStringLiteral("quarantined"), double(run.quarantined)},
                {QStringLiteral("result"), run.result},
                {QStringLiteral("error"), run.error}});
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const SyncRun &run : runs) {
        m_out << run.startedAt.toLocalTime().toString(Qt::ISODate) << "  " << run.result << "  "
              << tr("sent %1, received %2, quarantined %3")
                     .arg(run.pushed)
                     .arg(run.pulled)
                     .arg(run.quarantined)
              << (run.error.isEmpty() ? QString() : QStringLiteral("  ") + run.error) << Qt::endl;
    }
    return 0;
}
