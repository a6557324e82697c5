#include "SyncError.h"

namespace satellite {

QString SyncError::describe() const
{
    QString summary;
    switch (kind) {
    case Kind::None: return tr("No error.");
    case Kind::Offline:
        summary
            = tr("Cannot reach the primary server. Check the internet connection and try again.");
        break;
    case Kind::Timeout:
        summary = tr("The primary server stopped answering. The sync will "
                     "go on from where it stopped next time.");
        break;
    case Kind::Tls:
        summary = tr("The secure connection to the primary server failed (certificate problem).");
        break;
    case Kind::Credentials:
        summary = tr("The site name or password was rejected by the primary server.");
        break;
    case Kind::HardwareLock:
        summary = tr("This site is registered to another machine. Ask your "
                     "administrator to reset the site's registration.");
        break;
    case Kind::Server: summary = tr("The primary server reported an error."); break;
    case Kind::Protocol:
        summary = tr("The primary server's answer could not be understood.");
        break;
    case Kind::LocalDatabase:
        summary = tr("The local database failed; nothing was lost, but the sync stopped.");
        break;
    case Kind::Cancelled: return tr("The sync was cancelled.");
    case Kind::Usage: summary = tr("This cannot be done now."); break;
    }
    if (!certificateSha256.isEmpty()) {
        summary += u' '
            + tr("The server's certificate has the SHA-256 fingerprint %1; "
                 "trust it only if your administrator confirms it.")
                  .arg(certificateSha256);
    }
    return message.isEmpty() ? summary : summary + u' ' + message;
}

QString SyncError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::Offline: return QStringLiteral("offline");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Credentials: return QStringLiteral("credentials");
    case Kind::HardwareLock: return QStringLiteral("hardware-lock");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::LocalDatabase: return QStringLiteral("local-database");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Usage: return QStringLiteral("usage");
    }
    return {};
}

} // namespace satellite
