#pragma once

#include "ApiClient.h"
#include "IncomingApplier.h"
#include "SyncTypes.h"
#include "WireFormat.h"
#include "store/OutgoingQueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QNetworkAccessManager;

namespace satellite {

class LocalStore;
class InboxApplierThread;

// The sync engine. Lives on its own thread (see SyncController): creates its
// database connection and network manager there, in start(), and runs one
// login or sync at a time. Talks to the rest of the app only through signals
// carrying value types.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Tuning
    {
        // When no earlier sync learned one, on this computer or a LAN (a
        // small first batch gets storing going sooner); on a slower line the
        // first batch is maxBatch, since latency costs most with small ones.
        int initialBatch = 1000;
        int minBatch = 10;
        int maxBatch = 5000; // primary-sim serves at most 5000 a call
        // On this computer or a LAN, where a round trip costs little: the
        // large first sync measured 2.85 s and 57 MB at 1000, 2.72 s and
        // 67 to 78 MB at 1500, and 16 s and 100 MB at 5000 (storing fell
        // behind).
        int localMaxBatch = 1500;
        // A batch's records as received (decoded) take at most about this
        // much: a few batches are in memory at once (received, waiting,
        // being stored).
        qint64 maxBatchBytes = 6 * 1024 * 1024;
        // A batch's get and acknowledgement together aim at this long, and
        // at least ten times the line's latency, so that latency stays a
        // small share of the time on a slow line.
        int targetRoundTripMs = 4000;
        int attempts = 5; // per call, for transient failures
        int retryBaseMs = 1000; // doubled each attempt, with jitter
        int retryCapMs = 30000;
        int timeoutMs = 60000; // idle timeout of a call
        int dumpTimeoutMs = 900000; // initial_dump can take minutes
        int waitForOtherSyncMs = 1800000; // another process's sync of the same database
    };

    explicit SyncEngine(QString databasePath, std::atomic_bool *cancel, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setTuning(const Tuning &tuning) { m_tuning = tuning; }

public slots:
    void start();
    void stop();
    void login(const satellite::LoginRequest &request);
    void sync();
    void logOut();
    void ask(const satellite::RemoteRequest &request);

signals:
    void loggedOut();
    void progressChanged(const satellite::SyncProgress &progress);
    void logged(const satellite::SyncLogEntry &entry);
    void siteFound(const satellite::SiteIdentity &identity);
    // After each stored batch: the record types it changed, for views to refresh.
    void recordTypesChanged(const QStringList &types);
    void finished(const satellite::SyncOutcome &outcome);
    void remoteAnswered(const satellite::RemoteAnswer &answer);

private:
    void run(const std::function<void(SyncOutcome &)> &steps);
    void waitForOtherSyncs(QLockFile &lock);
    void checkServerAddress(const QString &address, bool allowInsecureHttp) const;
    void configureClient(const LoginRequest &request);
    void configureClientFromSettings();
    SiteIdentity lookUpSite(const QString &siteName, bool withUser);
    void saveLogin(const LoginRequest &request, const SiteIdentity &identity);
    void syncSteps(SyncOutcome &outcome);
    void acknowledgeLeftovers();
    void applyLeftovers(SyncOutcome &outcome);
    void addApplied(const IncomingApplier::Result &result, SyncOutcome &outcome);
    void initialDump();
    void sendPendingCalls(int *made, int *refused, bool retry);
    ApiClient::Reply callV4(const QString &what, const QString &call, const QUrlQuery &query,
                            const QByteArray *postBody, bool retry);
    void answer(const RemoteRequest &request, RemoteAnswer &answer);
    void push(SyncOutcome &outcome);
    void pushEntries(QList<OutgoingQueue::Entry> entries, SyncOutcome &outcome);
    QByteArray envelopeOf(const OutgoingQueue::Entry &entry);
    void pull(SyncOutcome &outcome, bool firstSync);
    qint64 receive(SyncOutcome &outcome, InboxApplierThread &applier);
    qint64 queuedCount();
    void acknowledge(const QStringList &syncIds);
    void keepUnreadable(const QList<WireFormat::Unreadable> &unreadable, SyncOutcome &outcome);
    void adaptBatch(qint64 elapsedMs, qsizetype records, qint64 bytes);
    void startBatchFromLearned();
    void keepLearnedBatch();
    void noteLatency(qint64 elapsedMs);

    ApiClient::Reply call(const QString &what, const std::function<ApiClient::Reply()> &request,
                          const std::function<SyncError(const ApiClient::Reply &)> &check = {});
    void waitToRetry(const SyncError &error, int ms);
    void pause(int ms);
    void throwIfCancelled() const;
    QUrlQuery siteQuery() const;
    void report(SyncProgress::Phase phase, qint64 done, qint64 total);
    void startPhase();
    void log(SyncLogEntry::Level level, const QString &text);

    QString m_databasePath;
    std::atomic_bool *m_cancel;
    Tuning m_tuning;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    int m_batch = 1000;
    int m_batchCeiling = 1000; // maxBatch, or localMaxBatch on a local line
    qint64 m_latencyMs = -1; // the quickest small call of this run: the line's round trip
    qint64 m_phaseBytes = 0; // crossed the line since the phase began
    SyncProgress m_lastProgress;
    bool m_running = false;
    bool m_stopAfterRun = false;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_progressThrottle;
    std::optional<SyncProgress::Phase> m_lastShownPhase;
};

} // namespace satellite
