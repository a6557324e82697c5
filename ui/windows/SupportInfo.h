#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

// What Help > About shows and "Copy support information" copies: the
// version, the server, the site, the store, the database and how syncing
// goes. Never the password or its hash.
struct SupportInfo
{
    Q_DECLARE_TR_FUNCTIONS(SupportInfo)
public:
    QString version;
    QString server;
    QString site;
    QString store;
    QString user;
    QString databasePath;
    QString language;
    QDateTime lastGoodSync; // invalid: never
    QString lastResult; // as kept in the history: ok, failed, ...
    qint64 waiting = 0;
    qint64 quarantined = 0;
    qint64 refused = 0;

    // Throws StoreError when the database cannot be read.
    static SupportInfo gather(LocalStore &store, const WorkContext &context);
    static QString licence();

    // Label: value lines, for the About box.
    QString aboutText() const;
    // The same and the system's details, as plain text to paste into a message.
    QString supportText() const;
};

} // namespace satellite::ui
