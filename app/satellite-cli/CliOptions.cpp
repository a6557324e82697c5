#include "CliOptions.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

QString CliOptions::usage()
{
    return tr("usage:\n"
              "  satellite-cli [--db PATH] login --url URL --site NAME [--password-stdin] "
              "[--allow-insecure-http]\n"
              "  satellite-cli [--db PATH] sync [--json]\n"
              "  satellite-cli [--db PATH] status [--json]\n"
              "  satellite-cli [--db PATH] records --type T [--id X] [--json]\n"
              "  satellite-cli [--db PATH] import FILE\n"
              "  satellite-cli [--db PATH] quarantine [--json] [--retry]\n"
              "  satellite-cli [--db PATH] history [--json]\n");
}

QString CliOptions::defaultDatabasePath()
{
    return satellite::DatabaseLocation::defaultPath();
}

std::optional<CliOptions> CliOptions::parse(const QStringList &arguments, QString *error)
{
    CliOptions options;
    const QStringList commands
        = {QStringLiteral("login"),   QStringLiteral("sync"),   QStringLiteral("status"),
           QStringLiteral("records"), QStringLiteral("import"), QStringLiteral("quarantine"),
           QStringLiteral("history")};
    auto refuse = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments[++i];
            return true;
        };
        bool ok = true;
        if (argument == u"--db")
            ok = value(&options.databasePath);
        else if (argument == u"--url")
            ok = value(&options.url);
        else if (argument == u"--site")
            ok = value(&options.site);
        else if (argument == u"--trust-certificate")
            ok = value(&options.trustCertificate);
        else if (argument == u"--type")
            ok = value(&options.type);
        else if (argument == u"--id")
            ok = value(&options.id);
        else if (argument == u"--password-stdin")
            options.passwordStdin = true;
        else if (argument == u"--allow-insecure-http")
            options.allowInsecureHttp = true;
        else if (argument == u"--json")
            options.json = true;
        else if (argument == u"--retry")
            options.retry = true;
        else if (options.command.isEmpty() && commands.contains(argument))
            options.command = argument;
        else if (options.command == u"import" && options.file.isEmpty()
                 && !argument.startsWith(u"--"))
            options.file = argument;
        else
            return refuse(tr("unknown argument: %1").arg(argument));
        if (!ok)
            return refuse(tr("%1 needs a value").arg(argument));
    }
    if (options.command.isEmpty())
        return refuse(tr("no command given"));
    if (options.command == u"login" && (options.url.isEmpty() || options.site.isEmpty()))
        return refuse(tr("login needs --url and --site"));
    if (options.command == u"records" && options.type.isEmpty())
        return refuse(tr("records needs --type"));
    if (options.command == u"import" && options.file.isEmpty())
        return refuse(tr("import needs a FILE"));
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath();
    return options;
}
