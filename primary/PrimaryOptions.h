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
    QString adminToken; // empty: a random one is made at start
    QString tlsCertificate;
    QString tlsKey;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int maxConnections = 512;
    int requestTimeoutMs = 60 * 1000;
    int idleTimeoutMs = 120 * 1000;

    // nullopt with `error` set for bad arguments; `--help` and `--version` exit.
    static std::optional<PrimaryOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace primary
