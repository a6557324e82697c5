// satellite-cli's help and version, run as a user would: they exit 0 and make no
// file, each command's help lists the options its usage line shows, and the
// parser takes every option the usage shows (and refuses those it does not).

#include "ProgramRun.h"

#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = QStringLiteral(SATELLITE_CLI_PATH);

// The options a usage or synopsis line shows, but the one every line starts with.
QStringList optionsOf(const QString &line)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("--[a-z0-9-]+"));
    for (const auto &match : option.globalMatch(line)) {
        if (match.captured() != u"--db" && !options.contains(match.captured()))
            options.append(match.captured());
    }
    return options;
}

// The usage's lines by command: "  satellite-cli [--db PATH] patient add ..." -> patient,
// each with its continuation lines (indented further) joined to it.
QMap<QString, QStringList> usageByCommand(const QString &help)
{
    QMap<QString, QStringList> commands;
    const QString prefix = QStringLiteral("  satellite-cli [--db PATH] ");
    QStringList *last = nullptr;
    for (const QString &line : help.split(u'\n')) {
        if (line.startsWith(prefix)) {
            last = &commands[line.mid(prefix.size()).section(u' ', 0, 0)];
            last->append(line);
        } else if (last && line.startsWith(QStringLiteral("      "))) {
            last->last() += u' ' + line.trimmed();
        } else {
            last = nullptr;
        }
    }
    return commands;
}

// A command's help's "Options:" section: option -> its value's name (empty for a switch).
QMap<QString, QString> describedOptions(const QString &help)
{
    QMap<QString, QString> options;
    const QString section
        = help.section(QStringLiteral("\nOptions:\n"), 1, 1).section(QStringLiteral("\n\n"), 0, 0);
    static const QRegularExpression head(QStringLiteral("^  (--[a-z0-9-]+)(?: (\\S+))?$"));
    for (const QString &line : section.split(u'\n')) {
        const auto match = head.match(line);
        if (match.hasMatch())
            options.insert(match.captured(1), match.captured(2));
    }
    return options;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    QString m_overview;

    ProgramRun runInEmptyHome(const QStringList &arguments)
    {
        QTemporaryDir home;
        ProgramRun result = ProgramRun::run(cli, arguments, home.path());
        const QStringList left = ProgramRun::filesIn(home.path());
        if (!left.isEmpty())
            result.err += QStringLiteral("\nleft in its home: ") + left.join(u' ');
        return result;
    }

private slots:
    void initTestCase()
    {
        const ProgramRun help = runInEmptyHome({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        m_overview = help.out;
        QVERIFY2(usageByCommand(m_overview).size() >= 11, qPrintable(m_overview));
    }

    void helpAndVersionExitAtOnceAndMakeNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
        QTest::newRow("help sync") << QStringList{QStringLiteral("help"), QStringLiteral("sync")};
        QTest::newRow("sync --help")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--help")};
        QTest::newRow("--db x login --help")
            << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                           QStringLiteral("login"), QStringLiteral("--help")};
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    }

    void helpAndVersionExitAtOnceAndMakeNoFile()
    {
        QFETCH(QStringList, arguments);
        const ProgramRun result = runInEmptyHome(arguments);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.trimmed().isEmpty());
    }

    void versionSaysWhichVersion()
    {
        const ProgramRun result = runInEmptyHome({QStringLiteral("--version")});
        QCOMPARE(result.out.trimmed(), QStringLiteral("satellite-cli " SATELLITE_PROJECT_VERSION));
    }

    void overviewNamesEveryCommand()
    {
        QStringList expected
            = {QStringLiteral("login"),   QStringLiteral("sync"),    QStringLiteral("status"),
               QStringLiteral("records"), QStringLiteral("import"),  QStringLiteral("quarantine"),
               QStringLiteral("history"), QStringLiteral("patient"), QStringLiteral("dispense"),
               QStringLiteral("receive"), QStringLiteral("count")};
        expected.sort();
        QCOMPARE(usageByCommand(m_overview).keys(), expected);
        // The option the usage had left out.
        QVERIFY(m_overview.contains(QStringLiteral("--trust-certificate SHA256")));
        QVERIFY(m_overview.contains(QStringLiteral("help [COMMAND]")));
    }

    void eachCommandsHelpListsItsOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("usage");
        const auto commands = usageByCommand(m_overview);
        for (auto it = commands.begin(); it != commands.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }

    void eachCommandsHelpListsItsOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, usage);
        const ProgramRun help = runInEmptyHome({QStringLiteral("help"), command});
        QCOMPARE(help.exitCode, 0);
        const ProgramRun asOption = runInEmptyHome({command, QStringLiteral("--help")});
        QCOMPARE(asOption.exitCode, 0);
        QCOMPARE(asOption.out, help.out);

        // Its own usage lines, the same as in the overview.
        QCOMPARE(usageByCommand(help.out).value(command), usage);
        QStringList shown;
        for (const QString &line : usage)
            shown += optionsOf(line);
        shown.removeDuplicates();
        const QMap<QString, QString> described = describedOptions(help.out);
        for (const QString &option : shown)
            QVERIFY2(described.contains(option),
                     qPrintable(option + QStringLiteral(" is not described")));
        for (auto it = described.begin(); it != described.end(); ++it)
            QVERIFY2(shown.contains(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is not in the usage")));
        QVERIFY2(help.out.contains(QStringLiteral("\n  --db PATH\n")), qPrintable(help.out));
    }

    void theParserTakesEveryOptionTheHelpShows_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        const auto commands = usageByCommand(m_overview);
        for (auto it = commands.begin(); it != commands.end(); ++it) {
            QTemporaryDir home;
            const ProgramRun help
                = ProgramRun::run(cli, {QStringLiteral("help"), it.key()}, home.path());
            const QMap<QString, QString> options = describedOptions(help.out);
            for (auto option = options.begin(); option != options.end(); ++option)
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(option.key()))
                    << it.key() << option.key() << option.value();
        }
    }

    // With --help last, the command line is parsed whole and nothing runs.
    void theParserTakesEveryOptionTheHelpShows()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QStringList arguments = {command, option};
        if (!value.isEmpty())
            arguments.append(QStringLiteral("x"));
        arguments.append(QStringLiteral("--help"));
        const ProgramRun result = runInEmptyHome(arguments);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
    }

    void anUnknownOptionOrCommandIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("option") << QStringList{QStringLiteral("sync"), QStringLiteral("--bogus")}
                                << QStringLiteral("--bogus");
        QTest::newRow("option with --help")
            << QStringList{QStringLiteral("status"), QStringLiteral("--colour"),
                           QStringLiteral("--help")}
            << QStringLiteral("--colour");
        QTest::newRow("help topic")
            << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
            << QStringLiteral("frobnicate");
        QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")}
                                 << QStringLiteral("frobnicate");
    }

    void anUnknownOptionOrCommandIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const ProgramRun result = runInEmptyHome(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("left in its home")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
