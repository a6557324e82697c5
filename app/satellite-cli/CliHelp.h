#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// satellite-cli's help: the usage, the overview (--help) and each command's
// help (`help COMMAND`, `COMMAND --help`), written from one table so that the
// usage lists every option a command takes.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    struct Option
    {
        QString name; // --db
        QString value; // PATH; empty for a switch
        QString description;
    };
    struct Command
    {
        QString name;
        QStringList synopses; // what follows "satellite-cli [--db PATH] "
        QString description;
        QList<Option> options;
    };

    static QList<Command> commands();
    static QStringList commandNames();
    // Every option the parser knows, the global ones included.
    static QStringList optionNames();
    static QString usage();
    static QString overview();
    // Empty for a command that does not exist.
    static QString forCommand(const QString &name);

private:
    static QList<Option> globalOptions();
    static QString optionLines(const QList<Option> &options);
};
