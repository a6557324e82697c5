#include "PrimaryOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace primary {

std::optional<PrimaryOptions> PrimaryOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PrimaryOptions", "A stand-in mSupply primary server for demos, training and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        QStringLiteral("host"),
        QCoreApplication::translate("PrimaryOptions", "Address to listen on."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("PrimaryOptions", "Port; 0 picks a free one."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate(
            "PrimaryOptions", "Directory of the primary's database (default: a temporary one)."),
        QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("PrimaryOptions", "Demo data: none, small, medium or large."),
        QStringLiteral("size"), QStringLiteral("none"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Add a site with its own store (repeatable)."),
        QStringLiteral("name:password"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("PrimaryOptions", "Seed of the demo data."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption token(
        QStringLiteral("admin-token"),
        QCoreApplication::translate("PrimaryOptions",
                                    "The X-Admin-Token /admin calls need (default: a random "
                                    "one, printed and kept in the data directory)."),
        QStringLiteral("token"));
    const QCommandLineOption certificate(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("PrimaryOptions", "PEM certificate: serve https."),
        QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("PrimaryOptions", "PEM private key of --tls-cert."),
        QStringLiteral("file"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QCoreApplication::translate("PrimaryOptions", "Largest request body accepted."),
        QStringLiteral("bytes"), QStringLiteral("67108864"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Open connections at most; the longest idle is closed to "
                                    "make room."),
        QStringLiteral("n"), QStringLiteral("512"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout-ms"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Time for a request to arrive whole (a big body gets a "
                                    "second more per 16 kB)."),
        QStringLiteral("ms"), QStringLiteral("60000"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout-ms"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Time a connection may stay idle, or leave a reply unread."),
        QStringLiteral("ms"), QStringLiteral("120000"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Add a user who may log in to the site's store "
                                    "(GET /sync/v3/user; repeatable)."),
        QStringLiteral("name:password:site"));
    const QCommandLineOption v1SyncUser(
        QStringLiteral("v1-sync-user"),
        QCoreApplication::translate("PrimaryOptions",
                                    "Accept v1's shared sync user, its password in clear, "
                                    "for every site (the site is from_site)."),
        QStringLiteral("name:password"));
    parser.addOptions({host, port, data, demo, site, user, v1SyncUser, seed, token, certificate,
                       key, maxBody, maxConnections, requestTimeout, idleTimeout});
    parser.addPositionalArgument(
        QStringLiteral("help"),
        QCoreApplication::translate("PrimaryOptions", "Print this help and exit."),
        QStringLiteral("[help]"));
    parser.process(arguments);
    if (parser.positionalArguments() == QStringList{QStringLiteral("help")})
        parser.showHelp(0);

    PrimaryOptions options;
    auto refuse = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (!options.host.setAddress(parser.value(host)))
        return refuse(QCoreApplication::translate("PrimaryOptions", "--host: not an IP address: %1")
                          .arg(parser.value(host)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return refuse(QCoreApplication::translate("PrimaryOptions", "--port: not a port number: %1")
                          .arg(parser.value(port)));
    options.port = quint16(portNumber);
    options.dataDir = parser.value(data);
    const auto size = parseDemoSize(parser.value(demo));
    if (!size)
        return refuse(QCoreApplication::translate("PrimaryOptions",
                                                  "--demo: expected none, small, medium or large"));
    options.demo = *size;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return refuse(QCoreApplication::translate("PrimaryOptions", "--seed: not a number: %1")
                          .arg(parser.value(seed)));
    for (const QString &value : parser.values(site)) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0 || colon == value.size() - 1)
            return refuse(QCoreApplication::translate("PrimaryOptions",
                                                      "--site: expected NAME:PASSWORD, got %1")
                              .arg(value));
        options.sites.append({value.left(colon), value.mid(colon + 1)});
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(QCoreApplication::translate("PrimaryOptions",
                                                  "unexpected argument %1 (see primary-sim help)")
                          .arg(parser.positionalArguments().constFirst()));
    for (const QString &value : parser.values(user)) {
        const QStringList parts = value.split(u':');
        if (parts.size() != 3 || parts.contains(QString()))
            return refuse(QCoreApplication::translate("PrimaryOptions",
                                                      "--user: expected NAME:PASSWORD:SITE, got %1")
                              .arg(value));
        options.users.append({parts.at(0), parts.at(1), parts.at(2)});
    }
    if (parser.isSet(v1SyncUser)) {
        const QString value = parser.value(v1SyncUser);
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0 || colon == value.size() - 1)
            return refuse(QCoreApplication::translate(
                              "PrimaryOptions", "--v1-sync-user: expected NAME:PASSWORD, got %1")
                              .arg(value));
        options.v1SyncUser = {value.left(colon), value.mid(colon + 1)};
    }
    options.adminToken = parser.value(token);
    options.tlsCertificate = parser.value(certificate);
    options.tlsKey = parser.value(key);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return refuse(
            QCoreApplication::translate("PrimaryOptions", "--tls-cert and --tls-key go together"));
    options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1024)
        return refuse(
            QCoreApplication::translate("PrimaryOptions", "--max-body-bytes: at least 1024"));
    const auto atLeast = [&](const QCommandLineOption &option, int minimum, int *target) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < minimum) {
            *error = QCoreApplication::translate("PrimaryOptions", "--%1: at least %2")
                         .arg(option.names().constFirst())
                         .arg(minimum);
            return false;
        }
        *target = value;
        return true;
    };
    if (!atLeast(maxConnections, 1, &options.maxConnections)
        || !atLeast(requestTimeout, 100, &options.requestTimeoutMs)
        || !atLeast(idleTimeout, 100, &options.idleTimeoutMs))
        return std::nullopt;
    return options;
}

} // namespace primary
