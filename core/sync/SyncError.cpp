#include "SyncError.h"

namespace satellite {

QString SyncError::describe() const
{
    const char *context = "SyncError";
    QString summary;
    switch (kind) {
    case Kind::None: return QCoreApplication::translate(context, "No error.");
    case Kind::Offline:
        summary = QCoreApplication::translate(
            context,
            "Cannot reach the primary server. Check the internet connection and try again.");
        break;
    case Kind::Timeout:
        summary = QCoreApplication::translate(context,
                                              "The primary server stopped answering. The sync will "
                                              "go on from where it stopped next time.");
        break;
    case Kind::Tls:
        summary = QCoreApplication::translate(
            context, "The secure connection to the primary server failed (certificate problem).");
        break;
    case Kind::Credentials:
        summary = QCoreApplication::translate(
            context, "The site name or password was rejected by the primary server.");
        break;
    case Kind::HardwareLock:
        summary
            = QCoreApplication::translate(context,
                                          "This site is registered to another machine. Ask your "
                                          "administrator to reset the site's registration.");
        break;
    case Kind::Server:
        summary = QCoreApplication::translate(context, "The primary server reported an error.");
        break;
    case Kind::Protocol:
        summary = QCoreApplication::translate(
            context, "The primary server's answer could not be understood.");
        break;
    case Kind::LocalDatabase:
        summary = QCoreApplication::translate(
            context, "The local database failed; nothing was lost, but the sync stopped.");
        break;
    case Kind::Cancelled: return QCoreApplication::translate(context, "The sync was cancelled.");
    case Kind::Usage:
        summary = QCoreApplication::translate(context, "This cannot be done now.");
        break;
    }
    if (!certificateSha256.isEmpty()) {
        summary += u' '
            + QCoreApplication::translate(
                  context,
                  "The server's certificate has the SHA-256 fingerprint %1; "
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
