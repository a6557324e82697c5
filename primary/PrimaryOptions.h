#pragma once

#include "DemoWorld.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace primary {

// primary-sim's command line.
struct PrimaryOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir; // empty: a temporary directory, removed at exit
    DemoSize demo = DemoSize::None;
    quint64 seed = 1;
    QList<std::pair<QString, QString>> sites; // name, password
    struct User
    {
        QString name;
        QString password;
        QString site; // the user may log in to this site's store
    };
    QList<User> users;
    std::pair<QString, QString> v1SyncUser; // name, password; empty: none
    QString adminToken; // empty: a random one is made at start
    QString tlsCertificate;
    QString tlsKey;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int maxConnections = 512;
    int requestTimeoutMs = 60 * 1000;
    int idleTimeoutMs = 120 * 1000;

    // nullopt with `error` set for bad arguments; `help`, `--help` and
    // `--version` print and exit without starting a server.
    static std::optional<PrimaryOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace primary
