// The manual pages in packaging/man describe what the programs take: every
// option a program's own help lists is in its page, and every satellite-cli
// command has a section of its own.

#include "ProgramRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString manPage(const QString &name)
{
    QFile file(QStringLiteral(SATELLITE_SOURCE_DIR "/packaging/man/") + name
               + QStringLiteral(".1"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// As troff writes an option: every hyphen escaped.
QString inTroff(const QString &option)
{
    return QString(option).replace(u'-', QStringLiteral("\\-"));
}

// The options a page names, its hyphens unescaped.
QStringList optionsNamed(const QString &page)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral(R"(\\-\\-[a-z0-9]+(?:\\-[a-z0-9]+)*)"));
    for (const auto &match : option.globalMatch(page)) {
        const QString name = QString(match.captured()).remove(u'\\');
        if (!options.contains(name))
            options.append(name);
    }
    return options;
}

QStringList optionsListed(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("(?<![a-z0-9-])--[a-z0-9][a-z0-9-]*"));
    for (const auto &match : option.globalMatch(help)) {
        if (!options.contains(match.captured()))
            options.append(match.captured());
    }
    return options;
}

ProgramRun helpOf(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    return ProgramRun::run(program, arguments, home.path());
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void satelliteCliPageHasEveryOptionAndCommand()
    {
        const QString page = manPage(QStringLiteral("satellite-cli"));
        QVERIFY(!page.isEmpty());
        const ProgramRun help
            = helpOf(QStringLiteral(SATELLITE_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList options = optionsListed(help.out);
        QVERIFY2(options.size() > 30, qPrintable(help.out));
        for (const QString &option : options)
            QVERIFY2(page.contains(inTroff(option)),
                     qPrintable(option + QStringLiteral(" is not in the page")));
        for (const QString &option : optionsNamed(page))
            QVERIFY2(options.contains(option),
                     qPrintable(option + QStringLiteral(" is in the page, not in --help")));
        const QString prefix = QStringLiteral("  satellite-cli [--db PATH] ");
        for (const QString &line : help.out.split(u'\n')) {
            if (!line.startsWith(prefix))
                continue;
            const QString synopsis = line.mid(prefix.size()).section(u' ', 0, 1);
            QVERIFY2(page.contains(QStringLiteral("\n.SS ") + inTroff(synopsis)),
                     qPrintable(synopsis + QStringLiteral(" has no section in the page")));
        }
    }

    void satellitePageHasEveryOption()
    {
        const QString page = manPage(QStringLiteral("satellite"));
        QVERIFY(!page.isEmpty());
        const ProgramRun help = helpOf(QStringLiteral(SATELLITE_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList options = optionsListed(help.out);
        QVERIFY2(options.contains(QStringLiteral("--version")), qPrintable(help.out));
        for (const QString &option : options)
            QVERIFY2(page.contains(inTroff(option)),
                     qPrintable(option + QStringLiteral(" is not in the page")));
        for (const QString &option : optionsNamed(page))
            QVERIFY2(options.contains(option),
                     qPrintable(option + QStringLiteral(" is in the page, not in --help")));
    }

    void primarySimPageHasEveryOption()
    {
        const QString page = manPage(QStringLiteral("primary-sim"));
        QVERIFY(!page.isEmpty());
        const ProgramRun help
            = helpOf(QStringLiteral(PRIMARY_SIM_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList options = optionsListed(help.out);
        QVERIFY2(options.size() > 10, qPrintable(help.out));
        for (const QString &option : options)
            QVERIFY2(page.contains(inTroff(option)),
                     qPrintable(option + QStringLiteral(" is not in the page")));
        for (const QString &option : optionsNamed(page))
            QVERIFY2(options.contains(option),
                     qPrintable(option + QStringLiteral(" is in the page, not in --help")));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_man_pages.moc"
