#include "CliOptions.h"

#include "CliHelp.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <algorithm>

QString CliOptions::usage()
{
    return CliHelp::usage();
}

QString CliOptions::defaultDatabasePath()
{
    return satellite::DatabaseLocation::defaultPath();
}

std::optional<CliOptions> CliOptions::parse(const QStringList &arguments, QString *error)
{
    CliOptions options;
    const QStringList commands = CliHelp::commandNames();
    const QStringList knownOptions = CliHelp::optionNames();
    bool helpAsked = false;
    const QStringList patientCommands
        = {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("find"),
           QStringLiteral("show"), QStringLiteral("link")};
    const std::pair<const char *, QString CliOptions::*> textOptions[] = {
        {"--first", &CliOptions::first},
        {"--last", &CliOptions::last},
        {"--dob", &CliOptions::dateOfBirth},
        {"--gender", &CliOptions::gender},
        {"--code", &CliOptions::code},
        {"--phone", &CliOptions::phone},
        {"--address", &CliOptions::address},
        {"--nhn", &CliOptions::nationalHealthNumber},
        {"--patient", &CliOptions::patient},
        {"--prescriber", &CliOptions::prescriber},
        {"--override-reason", &CliOptions::overrideReason},
        {"--counted", &CliOptions::counted},
        {"--reason", &CliOptions::reason},
    };
    const std::pair<const char *, QStringList CliOptions::*> listOptions[] = {
        {"--batch", &CliOptions::batches},
        {"--directions", &CliOptions::directions},
        {"--line", &CliOptions::corrections},
    };
    auto refuse = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        // The help's table is the list of options: one it does not describe is refused.
        if (argument.startsWith(u"--") && !knownOptions.contains(argument))
            return refuse(tr("unknown option: %1").arg(argument));
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments[++i];
            return true;
        };
        bool ok = true;
        const auto text
            = std::find_if(std::begin(textOptions), std::end(textOptions), [&](const auto &option) {
                  return argument == QLatin1StringView(option.first);
              });
        const auto list
            = std::find_if(std::begin(listOptions), std::end(listOptions), [&](const auto &option) {
                  return argument == QLatin1StringView(option.first);
              });
        QString listValue;
        if (text != std::end(textOptions))
            ok = value(&(options.*(text->second)));
        else if (list != std::end(listOptions) && (ok = value(&listValue)))
            (options.*(list->second)).append(listValue);
        else if (list != std::end(listOptions))
            ;
        else if (argument == u"--item" && options.command == u"count")
            ok = value(&options.item);
        else if (argument == u"--item" && (ok = value(&listValue)))
            options.items.append(listValue);
        else if (argument == u"--item")
            ;
        else if (argument == u"--draft")
            options.draft = true;
        else if (argument == u"--remote")
            options.remote = true;
        else if (argument == u"--history")
            options.withHistory = true;
        else if (argument == u"--version")
            options.command = QStringLiteral("version");
        else if (argument == u"--help" || argument == u"-h")
            helpAsked = true;
        else if (options.command.isEmpty() && argument == u"help")
            options.command = argument;
        else if (options.command == u"help" && options.helpTopic.isEmpty())
            options.helpTopic = argument;
        else if (argument == u"--db")
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
        else if (argument == u"--yes")
            options.yes = true;
        else if (argument == u"--discard")
            ok = value(&options.discard);
        else if (options.command.isEmpty() && commands.contains(argument))
            options.command = argument;
        else if (options.command == u"import" && options.file.isEmpty()
                 && !argument.startsWith(u"--"))
            options.file = argument;
        else if (options.command == u"patient" && options.subcommand.isEmpty()
                 && patientCommands.contains(argument))
            options.subcommand = argument;
        else if ((options.command == u"patient" && !options.subcommand.isEmpty())
                 || options.command == u"receive")
            options.arguments.append(argument);
        else
            return refuse(tr("unknown argument: %1").arg(argument));
        if (!ok)
            return refuse(tr("%1 needs a value").arg(argument));
    }
    if (helpAsked && options.command != u"help") {
        options.helpTopic = options.command; // `sync --help` is `help sync`
        options.command = QStringLiteral("help");
    }
    if (options.command == u"help" && !options.helpTopic.isEmpty()
        && !commands.contains(options.helpTopic))
        return refuse(tr("there is no command %1").arg(options.helpTopic));
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath();
    if (options.command == u"help" || options.command == u"version")
        return options; // nothing else is needed, and nothing is checked
    if (options.command.isEmpty())
        return refuse(tr("no command given"));
    if (options.command == u"login" && (options.url.isEmpty() || options.site.isEmpty()))
        return refuse(tr("login needs --url and --site"));
    if (options.command == u"records" && options.type.isEmpty())
        return refuse(tr("records needs --type"));
    if (options.command == u"import" && options.file.isEmpty())
        return refuse(tr("import needs a FILE"));
    if (options.command == u"patient" && options.subcommand.isEmpty())
        return refuse(tr("patient needs add, edit, find, show or link"));
    if (options.command == u"patient" && options.subcommand != u"add"
        && options.arguments.isEmpty())
        return refuse(tr("patient %1 needs an ID or a search text").arg(options.subcommand));
    if (options.command == u"dispense" && (options.patient.isEmpty() || options.items.isEmpty()))
        return refuse(tr("dispense needs --patient and at least one --item CODE:UNITS"));
    if (options.command == u"count"
        && (options.item.isEmpty() || options.batches.isEmpty() || options.counted.isEmpty()))
        return refuse(tr("count needs --item, --batch and --counted"));
    return options;
}
