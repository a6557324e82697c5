#pragma once

#include "SyncError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace satellite {

// Value types the sync engine sends across threads.

struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)

public:
    enum class Phase { Connecting, InitialDump, Pushing, Pulling, Storing };
    Phase phase = Phase::Connecting;
    qint64 done = 0;
    qint64 total = 0; // 0: unknown
    double recordsPerSecond = 0; // measured over the phase
    qint64 bytes = 0; // crossed the line in this phase, as sent (compressed)
    double bytesPerSecond = 0;
    // Waiting before trying a failed call again: why (what went wrong), and
    // how long still. 0: not waiting.
    SyncError::Kind waitingAfter = SyncError::Kind::None;
    int retryInSeconds = 0;

    bool isWaitingToRetry() const { return retryInSeconds > 0; }
    // From the measured rate; -1 when unknown.
    qint64 secondsLeft() const;

    static QString phaseName(Phase phase);
    // The one place progress is put in words: "Receiving records: 1,200 of
    // 50,359 (250 records/s, 31 kB/s, about 3 min left)", or "Cannot reach
    // the server, trying again in 8 s".
    QString describe() const;
    // "31 kB/s", "1.2 MB/s"
    static QString byteRate(double bytesPerSecond);
    // "about 40 s", "about 3 min"
    static QString duration(qint64 seconds);
};

struct SyncOutcome
{
    SyncError error; // Kind::None on success
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 quarantined = 0;
    qint64 refused = 0; // local changes the primary would not take (kept aside)
    QStringList changedTypes;
};

struct SyncLogEntry
{
    enum class Level { Info, Warning, Error };
    QDateTime at;
    Level level = Level::Info;
    QString text;
};

// What the login wizard or `satellite-cli login` asks for.
struct LoginRequest
{
    QString serverUrl;
    QString siteName;
    QString passwordHash;
    bool allowInsecureHttp = false;
    QString trustedCertificateSha256;
};

// What the site and user lookups answered.
struct SiteIdentity
{
    int siteId = 0;
    int serverId = 1;
    QString storeId;
    QString nameId;
    QString userId;
};

// A question for the primary beside the sync (the v4 calls): a search for
// patients registered anywhere, a patient's history across stores, or the
// queued v4 calls made now.
struct RemoteRequest
{
    enum class Kind { FindPatients, PatientHistory, SendPendingCalls };
    Kind kind = Kind::FindPatients;
    QUrlQuery query; // FindPatients: first_name, last_name, barcode, dob (DDMMYYYY), ...
    QString patientId; // PatientHistory
};

struct RemoteAnswer
{
    RemoteRequest::Kind kind = RemoteRequest::Kind::FindPatients;
    SyncError error; // Kind::None when the primary answered
    QByteArray body; // the primary's JSON (FindPatients, PatientHistory)
    int callsMade = 0; // SendPendingCalls
    int callsRefused = 0;
};

} // namespace satellite

Q_DECLARE_METATYPE(satellite::SyncProgress)
Q_DECLARE_METATYPE(satellite::SyncOutcome)
Q_DECLARE_METATYPE(satellite::SyncLogEntry)
Q_DECLARE_METATYPE(satellite::LoginRequest)
Q_DECLARE_METATYPE(satellite::SiteIdentity)
Q_DECLARE_METATYPE(satellite::RemoteRequest)
Q_DECLARE_METATYPE(satellite::RemoteAnswer)
