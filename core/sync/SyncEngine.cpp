#include "SyncEngine.h"

#include "InboxApplierThread.h"
#include "IncomingApplier.h"
#include "SettingKeys.h"
#include "WireFormat.h"
#include "store/CredentialStore.h"
#include "store/LocalStore.h"
#include "store/PrintableText.h"
#include "store/StoreError.h"

#include "json/JsonScanner.h"
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace satellite {

namespace {

// Thrown to end a run with a SyncError; the run reports it.
struct SyncFailure
{
    SyncError error;
};

// Round trips shorter than this are the same computer or a LAN (a busy
// computer answers loopback in a few ms; no clinic's line is that quick).
constexpr qint64 kLocalLineLatencyMs = 10;

bool isLoopback(const QString &host)
{
    QHostAddress address;
    return host == u"localhost" || (address.setAddress(host) && address.isLoopback());
}

} // namespace

SyncEngine::SyncEngine(QString databasePath, std::atomic_bool *cancel, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_cancel(cancel)
{ }

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    // Created here, on the engine's own thread, never on the caller's.
    try {
        m_store = std::make_unique<LocalStore>(m_databasePath, QStringLiteral("store-sync"));
    } catch (const StoreError &error) {
        log(SyncLogEntry::Level::Error, error.message());
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setCancelFlag(m_cancel);
}

void SyncEngine::stop()
{
    // A stop can arrive while a run waits on the network (queued events are
    // delivered in its nested event loop): then it happens when the run ends.
    if (m_running) {
        m_stopAfterRun = true;
        return;
    }
    m_api.reset();
    m_network.reset();
    m_store.reset();
}

void SyncEngine::login(const LoginRequest &request)
{
    run([this, request](SyncOutcome &outcome) {
        checkServerAddress(request.serverUrl, request.allowInsecureHttp);
        const QString current = m_store->settings.value(SettingKeys::siteName);
        if (!current.isEmpty() && current != request.siteName && m_store->records.count() > 0)
            throw SyncFailure{
                {SyncError::Kind::Usage,
                 tr("This database belongs to site %1; log out first.").arg(current)}};
        configureClient(request);
        const SiteIdentity identity = lookUpSite(request.siteName, true);
        emit siteFound(identity);
        saveLogin(request, identity);
        syncSteps(outcome);
    });
}

void SyncEngine::sync()
{
    run([this](SyncOutcome &outcome) {
        if (m_store->settings.value(SettingKeys::siteName).isEmpty())
            throw SyncFailure{
                {SyncError::Kind::Usage, tr("Not logged in: log in to a site first.")}};
        configureClientFromSettings();
        lookUpSite(m_store->settings.value(SettingKeys::siteName), false);
        syncSteps(outcome);
    });
}

void SyncEngine::logOut()
{
    if (!m_store)
        return;
    try {
        const QString site = m_store->settings.value(SettingKeys::siteName);
        m_store->forgetSite();
        CredentialStore(m_databasePath).clear(site);
        log(SyncLogEntry::Level::Info,
            tr("Logged out of site %1; its data was removed from this computer.").arg(site));
    } catch (const StoreError &error) {
        log(SyncLogEntry::Level::Error, error.message());
    }
    emit loggedOut();
}

void SyncEngine::ask(const RemoteRequest &request)
{
    RemoteAnswer result;
    result.kind = request.kind;
    if (!m_store) {
        result.error = {SyncError::Kind::LocalDatabase, tr("The database could not be opened.")};
    } else {
        try {
            answer(request, result);
        } catch (const SyncFailure &failure) {
            result.error = failure.error;
        } catch (const StoreError &error) {
            result.error = {SyncError::Kind::LocalDatabase, error.message()};
        }
    }
    emit remoteAnswered(result);
}

void SyncEngine::answer(const RemoteRequest &request, RemoteAnswer &result)
{
    if (m_store->settings.value(SettingKeys::siteName).isEmpty())
        throw SyncFailure{{SyncError::Kind::Usage, tr("Not logged in: log in to a site first.")}};
    configureClientFromSettings();
    switch (request.kind) {
    case RemoteRequest::Kind::FindPatients: {
        result.body
            = callV4(tr("patient search"), QStringLiteral("patient"), request.query, nullptr, false)
                  .body;
        const QJsonArray found = QJsonDocument::fromJson(result.body).array();
        if (!QJsonDocument::fromJson(result.body).isArray())
            throw SyncFailure{
                {SyncError::Kind::Protocol, tr("the patient search did not answer a list")}};
        // Kept, so that a patient found now can be linked later, offline too.
        Transaction transaction(m_store->db);
        for (const QJsonValue &patient : found) {
            const QString id = patient.toObject().value(u"ID").toString();
            if (!id.isEmpty())
                m_store->remoteAnswers.keep(
                    QStringLiteral("remote_patient"), id,
                    QJsonDocument(patient.toObject()).toJson(QJsonDocument::Compact));
        }
        transaction.commit();
        break;
    }
    case RemoteRequest::Kind::PatientHistory:
        result.body = callV4(tr("patient history"), QStringLiteral("patient_history"),
                             QUrlQuery{{QStringLiteral("id"), request.patientId}}, nullptr, false)
                          .body;
        if (!QJsonDocument::fromJson(result.body).isArray())
            throw SyncFailure{{SyncError::Kind::Protocol, tr("the patient history is not a list")}};
        m_store->remoteAnswers.keep(QStringLiteral("patient_history"), request.patientId,
                                    result.body);
        break;
    case RemoteRequest::Kind::SendPendingCalls:
        sendPendingCalls(&result.callsMade, &result.callsRefused, false);
        break;
    }
}

ApiClient::Reply SyncEngine::callV4(const QString &what, const QString &call,
                                    const QUrlQuery &query, const QByteArray *postBody, bool retry)
{
    auto at = [&](const QString &prefix) {
        return [this, prefix, &call, &query, postBody] {
            return postBody ? m_api->post(prefix + call, query, *postBody)
                            : m_api->get(prefix + call, query);
        };
    };
    // Real mobile clients have used /api/v4 too: asked there once on a 404.
    auto once = [&] {
        ApiClient::Reply reply = at(QStringLiteral("/sync/v4/"))();
        if (reply.error.httpStatus == 404)
            reply = at(QStringLiteral("/api/v4/"))();
        return reply;
    };
    if (retry)
        return this->call(what, once);
    ApiClient::Reply reply = once();
    if (reply.error.kind != SyncError::Kind::None)
        throw SyncFailure{reply.error};
    return reply;
}

void SyncEngine::sendPendingCalls(int *made, int *refused, bool retry)
{
    const QList<PendingCalls::Call> calls = m_store->pendingCalls.waiting();
    for (const PendingCalls::Call &pending : calls) {
        throwIfCancelled();
        const QByteArray body
            = QJsonDocument(QJsonObject{{QStringLiteral("name_ID"), pending.nameId},
                                        {QStringLiteral("store_ID"), pending.storeId}})
                  .toJson(QJsonDocument::Compact);
        try {
            callV4(tr("making a patient visible here"), QStringLiteral("name_store_join"), {},
                   &body, retry);
        } catch (const SyncFailure &failure) {
            const SyncError &error = failure.error;
            const bool saidNo = (error.kind == SyncError::Kind::Server && error.httpStatus >= 400
                                 && error.httpStatus < 500)
                || (error.kind == SyncError::Kind::Credentials && error.httpStatus == 403);
            if (!saidNo) {
                m_store->pendingCalls.attemptFailed(pending.seq, error.describe());
                throw;
            }
            // The primary's no is kept in its words; the rest of the work goes on.
            m_store->pendingCalls.refused(pending.seq, error.message);
            log(SyncLogEntry::Level::Warning,
                tr("The primary would not make patient %1 visible in this store: %2")
                    .arg(pending.nameId, error.message));
            ++*refused;
            continue;
        }
        m_store->pendingCalls.done(pending.seq);
        log(SyncLogEntry::Level::Info,
            tr("Patient %1 is now visible in this store on the primary.").arg(pending.nameId));
        ++*made;
    }
}

void SyncEngine::run(const std::function<void(SyncOutcome &)> &steps)
{
    SyncOutcome outcome;
    if (!m_store) {
        outcome.error = {SyncError::Kind::LocalDatabase, tr("The database could not be opened.")};
        emit finished(outcome);
        return;
    }
    m_batch = std::clamp(m_tuning.initialBatch, m_tuning.minBatch, m_tuning.maxBatch);
    m_batchCeiling = m_tuning.maxBatch;
    m_latencyMs = -1;
    m_api->setCompression(true); // until the line is measured
    m_lastProgress = SyncProgress();
    m_lastShownPhase.reset();
    m_running = true;
    SyncRun run;
    QLockFile oneAtATime(m_databasePath + QStringLiteral(".sync-lock"));
    try {
        waitForOtherSyncs(oneAtATime);
        run.id = m_store->history.start();
        steps(outcome);
    } catch (const SyncFailure &failure) {
        outcome.error = failure.error;
    } catch (const StoreError &error) {
        outcome.error = {SyncError::Kind::LocalDatabase, error.message()};
    }
    run.pushed = outcome.pushed;
    run.pulled = outcome.pulled;
    run.quarantined = outcome.quarantined;
    run.result = outcome.error.kind == SyncError::Kind::None ? QStringLiteral("ok")
        : outcome.error.kind == SyncError::Kind::Cancelled   ? QStringLiteral("cancelled")
                                                             : QStringLiteral("failed");
    run.error = outcome.error.isError() ? outcome.error.describe() : QString();
    try {
        if (run.id > 0)
            m_store->history.finish(run);
    } catch (const StoreError &error) {
        log(SyncLogEntry::Level::Error, error.message());
    }
    if (outcome.error.isError())
        log(SyncLogEntry::Level::Error, outcome.error.describe());
    m_running = false;
    emit finished(outcome);
    if (m_stopAfterRun)
        stop();
}

// One sync at a time per database, across processes (the desktop app and
// satellite-cli may share one): a second waits for the first to end.
void SyncEngine::waitForOtherSyncs(QLockFile &lock)
{
    // A lock whose process has died is taken over at once (a sync killed
    // mid-way); a living one only after a week (0 would never, dead or not).
    lock.setStaleLockTime(7 * 24 * 3600 * 1000);
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            throw SyncFailure{{SyncError::Kind::LocalDatabase,
                               tr("cannot make the lock file that keeps syncs of this database "
                                  "apart, next to %1")
                                   .arg(m_databasePath)}};
        if (waited.elapsed() > m_tuning.waitForOtherSyncMs)
            throw SyncFailure{{SyncError::Kind::Usage,
                               tr("Another sync of this database is still running; try again "
                                  "when it has finished.")}};
        if (!told) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock.getLockInfo(&pid, &host, &app);
            log(SyncLogEntry::Level::Info,
                tr("Another sync of this database is running (process %1); waiting for it to "
                   "finish.")
                    .arg(pid));
            told = true;
        }
        pause(200);
    }
}

void SyncEngine::checkServerAddress(const QString &address, bool allowInsecureHttp) const
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        throw SyncFailure{{SyncError::Kind::Usage,
                           tr("The server address must start with https:// (or http://).")}};
    if (url.scheme() == u"http" && !isLoopback(url.host()) && !allowInsecureHttp)
        throw SyncFailure{{SyncError::Kind::Usage,
                           tr("Plain http is only allowed to this computer; "
                              "allow an insecure connection explicitly to use it.")}};
}

void SyncEngine::configureClient(const LoginRequest &request)
{
    ApiClient::Settings settings;
    QString base = request.serverUrl.trimmed();
    if (base.endsWith(u'/'))
        base.chop(1);
    settings.baseUrl = QUrl(base);
    settings.credentials = SiteCredentials(request.siteName, request.passwordHash);
    settings.installationId = m_store->settings.installationId();
    settings.trustedCertificateSha256 = request.trustedCertificateSha256;
    settings.timeoutMs = m_tuning.timeoutMs;
    m_api->setSettings(settings);
}

void SyncEngine::configureClientFromSettings()
{
    LoginRequest request;
    request.serverUrl = m_store->settings.value(SettingKeys::serverUrl);
    request.siteName = m_store->settings.value(SettingKeys::siteName);
    request.trustedCertificateSha256 = m_store->settings.value(SettingKeys::trustedCertificate);
    request.allowInsecureHttp = m_store->settings.value(SettingKeys::allowInsecureHttp) == u"1";
    checkServerAddress(request.serverUrl, request.allowInsecureHttp);
    const auto hash = CredentialStore(m_databasePath).load(request.siteName);
    if (!hash)
        throw SyncFailure{
            {SyncError::Kind::Credentials,
             tr("No stored password for site %1: log in again.").arg(request.siteName)}};
    request.passwordHash = *hash;
    configureClient(request);
}

SiteIdentity SyncEngine::lookUpSite(const QString &siteName, bool withUser)
{
    report(SyncProgress::Phase::Connecting, 0, 0);
    QElapsedTimer roundTrip;
    const ApiClient::Reply site = call(tr("site lookup"), [&] {
        roundTrip.start();
        return m_api->get(QStringLiteral("/sync/v2/site/"),
                          QUrlQuery{{QStringLiteral("site_name"), siteName}});
    });
    noteLatency(roundTrip.elapsed());
    const QJsonObject answer = QJsonDocument::fromJson(site.body).object();
    SiteIdentity identity;
    identity.siteId = answer.value(u"SiteID").toVariant().toInt();
    identity.serverId
        = answer.contains(u"ServerID") ? answer.value(u"ServerID").toVariant().toInt() : 1;
    identity.storeId = answer.value(u"StoreID").toString();
    identity.nameId = answer.value(u"NameID").toString();
    if (identity.siteId <= 0 || identity.storeId.isEmpty())
        throw SyncFailure{
            {SyncError::Kind::Protocol, tr("the site lookup did not give a SiteID and StoreID")}};
    if (withUser) {
        const ApiClient::Reply user = call(tr("user lookup"), [&] {
            return m_api->get(QStringLiteral("/sync/v2/user/"),
                              QUrlQuery{{QStringLiteral("store"), identity.storeId}});
        });
        identity.userId = QJsonDocument::fromJson(user.body).object().value(u"UserID").toString();
    }
    m_store->settings.setValue(SettingKeys::siteId, QString::number(identity.siteId));
    m_store->settings.setValue(SettingKeys::serverId, QString::number(identity.serverId));
    m_store->settings.setValue(SettingKeys::storeId, identity.storeId);
    m_store->settings.setValue(SettingKeys::storeNameId, identity.nameId);
    return identity;
}

void SyncEngine::saveLogin(const LoginRequest &request, const SiteIdentity &identity)
{
    QString error;
    const auto where
        = CredentialStore(m_databasePath).save(request.siteName, request.passwordHash, &error);
    if (!where)
        throw SyncFailure{
            {SyncError::Kind::LocalDatabase, tr("cannot store the password hash: %1").arg(error)}};
    log(SyncLogEntry::Level::Info,
        *where == CredentialStore::Where::Keychain
            ? tr("The password hash is kept in the system keychain.")
            : tr("No system keychain: the password hash is kept in a file only you can read."));
    LocalSettings &settings = m_store->settings;
    QString url = request.serverUrl.trimmed();
    if (url.endsWith(u'/'))
        url.chop(1);
    settings.setValue(SettingKeys::serverUrl, url);
    settings.setValue(SettingKeys::siteName, request.siteName);
    settings.setValue(SettingKeys::userId, identity.userId);
    settings.setValue(SettingKeys::allowInsecureHttp,
                      request.allowInsecureHttp ? QStringLiteral("1") : QStringLiteral("0"));
    settings.setValue(SettingKeys::trustedCertificate, request.trustedCertificateSha256);
    log(SyncLogEntry::Level::Info,
        tr("Logged in as site %1 (site ID %2).").arg(request.siteName).arg(identity.siteId));
}

void SyncEngine::syncSteps(SyncOutcome &outcome)
{
    // What a crash left: a first sync's indexes to build, batches received
    // but not applied (older than any local change since, so before the push).
    m_store->records.finishBulkLoad();
    acknowledgeLeftovers();
    applyLeftovers(outcome);
    const bool firstSync = m_store->settings.value(SettingKeys::initialDumpDone) != u"1";
    if (firstSync) {
        initialDump();
        m_store->settings.setValue(SettingKeys::initialDumpDone, QStringLiteral("1"));
    }
    int callsMade = 0;
    int callsRefused = 0;
    sendPendingCalls(&callsMade, &callsRefused,
                     true); // the primary knows the patient before the push
    startBatchFromLearned();
    push(outcome);
    pull(outcome, firstSync);
    keepLearnedBatch();
    // The summary is the caller's to word, from the outcome (one line per sync).
}

void SyncEngine::startBatchFromLearned()
{
    const bool localLine = m_latencyMs >= 0 && m_latencyMs < kLocalLineLatencyMs;
    m_batchCeiling
        = localLine ? std::min(m_tuning.maxBatch, m_tuning.localMaxBatch) : m_tuning.maxBatch;
    bool ok = false;
    const int learned = m_store->settings.value(SettingKeys::learnedBatch).toInt(&ok);
    if (ok && learned > 0)
        m_batch = learned;
    else if (!localLine)
        m_batch = m_batchCeiling;
    m_batch = std::clamp(m_batch, m_tuning.minBatch, std::max(m_tuning.minBatch, m_batchCeiling));
}

void SyncEngine::keepLearnedBatch()
{
    m_store->settings.setValue(SettingKeys::learnedBatch, QString::number(m_batch));
}

QUrlQuery SyncEngine::siteQuery() const
{
    return QUrlQuery{{QStringLiteral("from_site"), m_store->settings.value(SettingKeys::siteId)},
                     {QStringLiteral("to_site"), m_store->settings.value(SettingKeys::serverId)}};
}

void SyncEngine::acknowledgeLeftovers()
{
    m_store->inbox.sweep(); // files of batches applied just before a crash
    if (const int dropped = m_store->inbox.dropUnfinished(); dropped > 0)
        log(SyncLogEntry::Level::Info,
            tr("%n batch(es) of records were still on their way to the disk when the last sync "
               "stopped; the server sends them again.",
               nullptr, dropped));
    const QStringList leftovers = m_store->inbox.syncIds();
    if (leftovers.isEmpty())
        return;
    // A crash may have come between a batch's commit and its sync.
    m_store->db.syncCommitted();
    log(SyncLogEntry::Level::Info,
        tr("Confirming %1 records stored before the last sync stopped.").arg(leftovers.size()));
    acknowledge(leftovers);
}

void SyncEngine::applyLeftovers(SyncOutcome &outcome)
{
    IncomingApplier applier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox);
    while (const auto result = applier.applyOldestInInbox())
        addApplied(*result, outcome);
    m_store->inbox.shrink();
}

void SyncEngine::addApplied(const IncomingApplier::Result &result, SyncOutcome &outcome)
{
    if (!result.changedTypes.isEmpty())
        emit recordTypesChanged(result.changedTypes);
    outcome.pulled += result.applied;
    outcome.quarantined += result.quarantined;
    if (result.keptLocal > 0)
        log(SyncLogEntry::Level::Info,
            tr("%n record(s) changed here kept their local state; the next push sends it.", nullptr,
               int(result.keptLocal)));
    for (const QString &type : result.changedTypes) {
        if (!outcome.changedTypes.contains(type))
            outcome.changedTypes.append(type);
    }
}

void SyncEngine::initialDump()
{
    report(SyncProgress::Phase::InitialDump, 0, 0);
    log(SyncLogEntry::Level::Info, tr("Asking the primary to prepare every record of this store."));
    QUrlQuery query = siteQuery();
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("full"));
    call(tr("initial dump"), [&] {
        return m_api->get(QStringLiteral("/sync/v2/initial_dump/"), query, m_tuning.dumpTimeoutMs);
    });
}

void SyncEngine::push(SyncOutcome &outcome)
{
    const qint64 total = m_store->outgoing.count();
    startPhase();
    for (;;) {
        throwIfCancelled();
        QList<OutgoingQueue::Entry> entries = m_store->outgoing.oldest(m_batch);
        if (entries.isEmpty())
            return;
        QElapsedTimer roundTrip;
        roundTrip.start();
        pushEntries(entries, outcome);
        report(SyncProgress::Phase::Pushing, outcome.pushed, total);
        adaptBatch(roundTrip.elapsed(), entries.size(), 0);
    }
}

QByteArray SyncEngine::envelopeOf(const OutgoingQueue::Entry &entry)
{
    const auto data
        = entry.syncType == u"D" ? std::nullopt : m_store->records.data(entry.type, entry.id);
    const QString syncType = entry.syncType != u"D" && !data ? QStringLiteral("D") : entry.syncType;
    return WireFormat::envelope(entry.syncId, entry.type, entry.id, syncType,
                                m_store->settings.value(SettingKeys::storeId),
                                data.value_or(QByteArray()));
}

namespace {

// The primary said no to what a push carried (not: it could not answer).
bool isRefusal(const SyncError &error)
{
    const int status = error.httpStatus;
    return (error.kind == SyncError::Kind::Server && status >= 400 && status < 500 && status != 408
            && status != 429)
        || (error.kind == SyncError::Kind::Credentials && status == 403);
}

} // namespace

// Sends `entries` in one push. When the primary refuses the batch (it takes
// all or none), the halves are sent apart until the records it refuses stand
// alone: those go to the outgoing quarantine with its words, the rest go out.
void SyncEngine::pushEntries(QList<OutgoingQueue::Entry> entries, SyncOutcome &outcome)
{
    {
        Transaction transaction(m_store->db);
        m_store->outgoing.markAttempted(entries); // from here it may reach the primary
        transaction.commit();
    }
    QByteArray body = "[";
    for (const OutgoingQueue::Entry &entry : std::as_const(entries)) {
        if (body.size() > 1)
            body += ',';
        body += envelopeOf(entry);
    }
    body += ']';
    try {
        call(tr("sending changes"), [&] {
            return m_api->post(QStringLiteral("/sync/v2/queued_records/"), siteQuery(), body);
        });
    } catch (const SyncFailure &failure) {
        if (!isRefusal(failure.error))
            throw;
        if (entries.size() > 1) {
            const qsizetype half = entries.size() / 2;
            pushEntries(entries.mid(0, half), outcome);
            pushEntries(entries.mid(half), outcome);
            return;
        }
        Transaction transaction(m_store->db);
        m_store->refused.refuse(entries.first(), failure.error.message,
                                envelopeOf(entries.first()));
        transaction.commit();
        ++outcome.refused;
        log(SyncLogEntry::Level::Warning,
            tr("The primary refused a change to %1 %2: %3. It is kept aside; the rest goes out.")
                .arg(entries.first().type, entries.first().id, failure.error.message));
        return;
    }
    Transaction transaction(m_store->db);
    m_store->outgoing.clearSent(entries);
    transaction.commit();
    outcome.pushed += entries.size();
}

qint64 SyncEngine::queuedCount()
{
    QElapsedTimer roundTrip;
    roundTrip.start();
    const ApiClient::Reply reply = call(tr("counting records"), [&] {
        roundTrip.restart(); // a retry's wait is not the line's latency
        return m_api->get(QStringLiteral("/sync/v2/queued_records/count"), siteQuery());
    });
    noteLatency(roundTrip.elapsed());
    const QJsonValue count = QJsonDocument::fromJson(reply.body).object().value(u"NumRecords");
    if (!count.isDouble())
        throw SyncFailure{{SyncError::Kind::Protocol, tr("the record count has no NumRecords")}};
    const double number = count.toDouble();
    // A count that is no count of records is a broken answer, not an empty queue.
    if (!std::isfinite(number) || number < 0 || number != std::floor(number) || number > 1e12)
        throw SyncFailure{{SyncError::Kind::Protocol,
                           tr("the record count is not a number of records: %1")
                               .arg(QString::number(number, 'g', 6))}};
    return qint64(number);
}

void SyncEngine::pull(SyncOutcome &outcome, bool firstSync)
{
    InboxApplierThread applier(m_databasePath, firstSync);
    qint64 received = 0;
    try {
        received = receive(outcome, applier);
    } catch (...) {
        // What was received is acknowledged: store it before saying why we stop.
        const QString failure = applier.finish();
        addApplied(applier.takeResult(), outcome);
        if (!failure.isEmpty())
            log(SyncLogEntry::Level::Error, failure);
        throw;
    }
    report(SyncProgress::Phase::Storing, received, received);
    const QString failure = applier.finish();
    addApplied(applier.takeResult(), outcome);
    if (!failure.isEmpty())
        throw StoreError(failure);
}

// Receives batches into the inbox and acknowledges them, while the applier
// thread stores the ones before.
qint64 SyncEngine::receive(SyncOutcome &outcome, InboxApplierThread &applier)
{
    qint64 total = queuedCount(); // received and still expected
    qint64 received = 0;
    int emptyAnswers = 0;
    QSet<QString> previous; // the SyncIDs of the batch before, acknowledged
    startPhase();
    while (received < total) {
        throwIfCancelled();
        QByteArray body;
        WireFormat::BatchSummary batch;
        QList<WireFormat::Unreadable> unreadable;
        std::optional<Inbox::Prepared> kept; // on its way to the disk while it is checked
        QElapsedTimer roundTrip;
        roundTrip.start();
        call(
            tr("receiving records"),
            [&] {
                // Asked anew on each try: a drop shrinks the batch (see call()).
                QUrlQuery query = siteQuery();
                query.addQueryItem(QStringLiteral("limit"), QString::number(m_batch));
                return m_api->get(QStringLiteral("/sync/v2/queued_records/"), query);
            },
            [&](const ApiClient::Reply &reply) {
                QString problem;
                kept.reset();
                if (reply.body.startsWith('[') && reply.body.size() > 2)
                    kept.emplace(m_store->inbox.prepare(reply.body));
                if (auto summary
                    = WireFormat::summarize(reply.body, &problem, reply.body.capacity())) {
                    body = reply.body;
                    batch = std::move(*summary);
                    unreadable.clear();
                    return SyncError{};
                }
                kept.reset(); // another try, or another body
                // One record that cannot be read never holds back the rest.
                auto salvaged = WireFormat::salvage(reply.body);
                if (!salvaged || salvaged->unreadable.isEmpty())
                    return SyncError{SyncError::Kind::Protocol, problem};
                body = std::move(salvaged->body);
                batch = std::move(salvaged->summary);
                unreadable = std::move(salvaged->unreadable);
                return SyncError{};
            });
        if (batch.records == 0 && unreadable.isEmpty()) {
            if (++emptyAnswers > 1)
                throw SyncFailure{
                    {SyncError::Kind::Protocol, tr("the server counts records but sends none")}};
            total = received + queuedCount(); // the queue may have grown meanwhile
            continue;
        }
        emptyAnswers = 0;
        // A server that ignores acknowledgements sends the same head again:
        // stop, rather than take (and quarantine) the same records forever.
        const bool anyNew = std::any_of(batch.syncIds.begin(), batch.syncIds.end(),
                                        [&](const QString &id) { return !previous.contains(id); });
        if (!anyNew)
            throw SyncFailure{
                {SyncError::Kind::Protocol,
                 tr("the server sent records again that were acknowledged already, or records "
                    "without a SyncID that could be acknowledged: it does not take "
                    "acknowledgements")}};
        previous = QSet<QString>(batch.syncIds.begin(), batch.syncIds.end());
        keepUnreadable(unreadable, outcome);
        // Kept, on the disk, before it is acknowledged.
        if (batch.records > 0 && kept)
            applier.batchAdded(m_store->inbox.add(std::move(*kept), batch.syncIds), body);
        else if (batch.records > 0)
            applier.batchAdded(m_store->inbox.add(body, batch.syncIds), body);
        else
            m_store->db.syncCommitted(); // the quarantined records alone
        acknowledge(batch.syncIds);
        received += batch.records;
        addApplied(applier.takeResult(), outcome);
        report(SyncProgress::Phase::Pulling, received, std::max(total, received));
        adaptBatch(roundTrip.elapsed(), batch.records, body.size());
        // All that was counted has come: the count says whether more came
        // meanwhile (one round trip, where a batch coming back empty and a
        // count would take two).
        if (received >= total)
            total = received + queuedCount();
        // Receiving may run ahead of storing, but not far: memory stays flat.
        applier.waitUntilWaitingAtMost(2, m_cancel);
    }
    return received;
}

void SyncEngine::keepUnreadable(const QList<WireFormat::Unreadable> &unreadable,
                                SyncOutcome &outcome)
{
    if (unreadable.isEmpty())
        return;
    Transaction transaction(m_store->db);
    for (const WireFormat::Unreadable &record : unreadable)
        m_store->quarantine.add(record.syncId, record.recordType, record.recordId,
                                tr("the record cannot be read: %1").arg(record.reason), record.raw);
    transaction.commit();
    outcome.quarantined += unreadable.size();
    log(SyncLogEntry::Level::Warning,
        tr("%n record(s) the server sent cannot be read; kept in quarantine, the rest is stored.",
           nullptr, int(unreadable.size())));
}

void SyncEngine::acknowledge(const QStringList &syncIds)
{
    if (syncIds.isEmpty())
        return;
    // Written directly: once per batch, a thousand IDs, on the round trip's path.
    QByteArray json;
    json.reserve(syncIds.size() * 40 + 20);
    json += "{\"SyncRecordIDs\":[";
    for (const QString &syncId : syncIds) {
        if (json.back() != '[')
            json += ',';
        json += JsonScanner::quote(syncId);
    }
    json += "]}";
    call(tr("confirming receipt"), [&] {
        return m_api->post(QStringLiteral("/sync/v2/acknowledged_records/"), siteQuery(), json);
    });
}

// Sizes the next batch from how long this one's round trip took: its fixed
// cost (the line's latency, twice: get and acknowledgement) apart from the
// time each record takes, aimed at a round trip where latency is a small share.
void SyncEngine::adaptBatch(qint64 elapsedMs, qsizetype records, qint64 bytes)
{
    if (records < m_batch)
        return; // a short batch says nothing about speed
    const qint64 fixedMs = m_latencyMs > 0 ? 2 * m_latencyMs : 0;
    const double perRecordMs = double(std::max<qint64>(elapsedMs - fixedMs, 1)) / double(records);
    const qint64 targetMs = std::max<qint64>(m_tuning.targetRoundTripMs, 10 * fixedMs);
    const double wanted = double(std::max<qint64>(targetMs - fixedMs, 1)) / perRecordMs;
    double grown = std::min(wanted, double(m_batch) * 4);
    if (bytes > 0) // memory stays flat whatever the records weigh
        grown = std::min(grown, double(m_tuning.maxBatchBytes) * double(records) / double(bytes));
    m_batch
        = std::clamp(int(grown), m_tuning.minBatch, std::max(m_tuning.minBatch, m_batchCeiling));
}

void SyncEngine::noteLatency(qint64 elapsedMs)
{
    if (m_latencyMs < 0 || elapsedMs < m_latencyMs)
        m_latencyMs = elapsedMs;
    // On this computer or a LAN, bytes cost less than compressing them
    // (zlib deflates about 150 MB/s at the level primary-sim uses, and
    // inflates about 400 MB/s, here).
    m_api->setCompression(m_latencyMs >= kLocalLineLatencyMs);
}

ApiClient::Reply SyncEngine::call(const QString &what,
                                  const std::function<ApiClient::Reply()> &request,
                                  const std::function<SyncError(const ApiClient::Reply &)> &check)
{
    for (int attempt = 1;; ++attempt) {
        throwIfCancelled();
        ApiClient::Reply reply = request();
        m_phaseBytes += reply.bytesSent + reply.bytesReceived;
        if (reply.error.kind == SyncError::Kind::None && check)
            reply.error = check(reply);
        if (reply.error.kind == SyncError::Kind::None)
            return reply;
        if (reply.error.kind == SyncError::Kind::Cancelled)
            throw SyncFailure{reply.error};
        if (!reply.error.isTransient() || attempt >= m_tuning.attempts)
            throw SyncFailure{reply.error};
        const int backoff = std::min(m_tuning.retryCapMs, m_tuning.retryBaseMs << (attempt - 1));
        const int jittered
            = backoff / 2 + int(QRandomGenerator::global()->bounded(backoff / 2 + 1));
        // A line that drops replies loses less with smaller batches.
        m_batch = std::max(m_tuning.minBatch, m_batch / 2);
        log(SyncLogEntry::Level::Warning,
            tr("%1 failed (%2); trying again in %3 ms.")
                .arg(what, reply.error.describe())
                .arg(jittered));
        waitToRetry(reply.error, jittered);
    }
}

// Waits before another try, saying so (and how long still) every second.
void SyncEngine::waitToRetry(const SyncError &error, int ms)
{
    QElapsedTimer waited;
    waited.start();
    for (qint64 left = ms; left > 0; left = ms - waited.elapsed()) {
        SyncProgress waiting = m_lastProgress;
        waiting.waitingAfter = error.kind;
        waiting.retryInSeconds = int((left + 999) / 1000);
        emit progressChanged(waiting);
        pause(int(std::min<qint64>(left, 1000)));
    }
    emit progressChanged(m_lastProgress); // trying again: back to what it was doing
}

void SyncEngine::pause(int ms)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
        if (m_cancel->load())
            loop.quit();
    });
    deadline.start(ms);
    cancelWatch.start(50);
    loop.exec();
    throwIfCancelled();
}

void SyncEngine::throwIfCancelled() const
{
    if (m_cancel->load())
        throw SyncFailure{{SyncError::Kind::Cancelled, {}}};
}

void SyncEngine::startPhase()
{
    m_phaseClock.start();
    m_phaseBytes = 0;
}

void SyncEngine::report(SyncProgress::Phase phase, qint64 done, qint64 total)
{
    SyncProgress progress;
    progress.phase = phase;
    progress.done = done;
    progress.total = total;
    const qint64 elapsed = m_phaseClock.isValid() ? m_phaseClock.elapsed() : 0;
    progress.recordsPerSecond = elapsed > 0 ? done * 1000.0 / double(elapsed) : 0;
    progress.bytes = m_phaseBytes;
    progress.bytesPerSecond = elapsed > 0 ? m_phaseBytes * 1000.0 / double(elapsed) : 0;
    m_lastProgress = progress;
    // A few updates a second are plenty for a progress bar; a new phase and
    // the end of one always show.
    const bool samePhase = phase == m_lastShownPhase;
    if (samePhase && m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 200
        && done < total)
        return;
    m_progressThrottle.start();
    m_lastShownPhase = phase;
    emit progressChanged(progress);
}

void SyncEngine::log(SyncLogEntry::Level level, const QString &text)
{
    emit logged(SyncLogEntry{QDateTime::currentDateTime(), level, PrintableText::escaped(text)});
}

} // namespace satellite
