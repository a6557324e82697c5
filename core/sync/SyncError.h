#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace satellite {

// Why a sync stopped, in classes the user acts on differently.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    enum class Kind {
        None,
        Offline, // cannot reach the server
        Timeout, // reached it, but it stopped answering
        Tls, // the certificate or the TLS handshake failed
        Credentials, // site name or password rejected
        HardwareLock, // the site is registered to another machine
        Server, // the server reported an error (its words in `message`)
        Protocol, // the server's answer was malformed
        LocalDatabase, // this computer's database failed
        Cancelled, // the user stopped it: not an error
        Usage, // asked for something that cannot be done (not logged in, ...)
    };

    Kind kind = Kind::None;
    QString message; // detail: the server's words, what was malformed, ...
    int httpStatus = 0;
    QString certificateSha256 = {}; // Tls: the certificate the user could choose to trust

    bool isError() const { return kind != Kind::None && kind != Kind::Cancelled; }
    // Worth trying again in a moment: the line or the server may recover.
    bool isTransient() const
    {
        return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::Protocol
            || (kind == Kind::Server && (httpStatus == 0 || httpStatus >= 500));
    }

    // A sentence for the pharmacist, with the detail.
    QString describe() const;
    static QString kindName(Kind kind);
};

} // namespace satellite

Q_DECLARE_METATYPE(satellite::SyncError)
