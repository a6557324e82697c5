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
    QString command; // login, sync, status, records, import, quarantine, history,
                     // patient, dispense, receive, count; help, version
    QString helpTopic; // help: the command whose help is asked for (empty: the overview)
    QString subcommand; // patient: add, edit, find, show, link
    QStringList arguments; // what follows the (sub)command: an ID, a search text
    QString databasePath;
    QString url;
    QString site;
    QString trustCertificate; // SHA-256 hex of a certificate the user trusts
    bool passwordStdin = false;
    bool allowInsecureHttp = false;
    bool json = false;
    bool retry = false;
    QString discard; // quarantine: the number of a refused change to give up
    bool yes = false; // the user confirms what is lost
    QString type;
    QString id;
    QString file;
    // The work commands (patient, dispense, receive, count).
    QString first;
    QString last;
    QString dateOfBirth;
    QString gender;
    QString code;
    QString phone;
    QString address;
    QString nationalHealthNumber;
    QString patient;
    QString prescriber;
    QStringList items; // CODE:UNITS
    QStringList batches; // CODE:BATCH
    QStringList directions; // CODE:TEXT
    QString overrideReason;
    bool draft = false;
    bool remote = false;
    bool withHistory = false;
    QString item;
    QString counted;
    QString reason;
    QStringList corrections; // receive: LINE_ID:PACKS

    // nullopt with `error` (and the usage) for a bad command line.
    static std::optional<CliOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // --db, else $SATELLITE_DB, else the database the desktop app uses.
    static QString defaultDatabasePath();
};
