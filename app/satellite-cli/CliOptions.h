#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// satellite-cli's command line: one command and its options.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    QString command; // login, sync, status, records, import, quarantine, history
    QString databasePath;
    QString url;
    QString site;
    QString trustCertificate; // SHA-256 hex of a certificate the user trusts
    bool passwordStdin = false;
    bool allowInsecureHttp = false;
    bool json = false;
    bool retry = false;
    QString type;
    QString id;
    QString file;

    // nullopt with `error` (and the usage) for a bad command line.
    static std::optional<CliOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // --db, else $SATELLITE_DB, else the database the desktop app uses.
    static QString defaultDatabasePath();
};
