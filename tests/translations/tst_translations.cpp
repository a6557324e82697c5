// The French, Portuguese and Spanish translations: complete for the strings
// lupdate finds in the sources today, faithful to each source's placeholders
// and mnemonics, and built into the programs' resource :/i18n.
#include "TranslationCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // the translation, or one entry per plural form
};

QString sourcePath(const QString &relative)
{
    return QStringLiteral(SATELLITE_SOURCE_DIR "/") + relative;
}

QString tsPath(const QString &language)
{
    return sourcePath(QStringLiteral("translations/satellite_%1.ts").arg(language));
}

QStringList languages()
{
    return QStringLiteral(SATELLITE_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    const QStringView type = xml.attributes().value(QLatin1String("type"));
    message.finished = type.isEmpty();
    if (!message.numerus) {
        message.forms << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.forms << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

// Every message of a .ts file; an unreadable file fails the calling test.
QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages << readMessage(xml, context);
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return xml.hasError() ? QList<TsMessage>{} : messages;
}

// The files translations/CMakeLists.txt gives lupdate: every .cpp of these folders.
QStringList translatedSources()
{
    QStringList files;
    for (const char *folder : {"core", "ui", "app", "primary"}) {
        QDirIterator it(sourcePath(QLatin1String(folder)), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// '&' before a letter marks the mnemonic; "&&" is a literal '&' and "&amp;" an entity.
qsizetype mnemonics(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#\\d+);"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
    text.remove(QStringLiteral("&&")).remove(entity);
    qsizetype count = 0;
    for (auto it = mnemonic.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString describe(const TsMessage &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void compiledTranslationsLoad_data();
    void compiledTranslationsLoad();
    void localeChoosesTheLanguage();
    void englishSaysItsPluralForms();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language << false;
    // English is the source; its file holds the plural forms of the %n strings.
    QTest::newRow("en") << QStringLiteral("en") << true;
}

// lupdate, run on a copy of the .ts against today's sources, marks each new or
// changed string "unfinished": none may be.
void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("satellite_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(translatedSources().join(QLatin1Char('\n')).toUtf8());
    list.close();

    QStringList arguments{QLatin1Char('@') + list.fileName(), QStringLiteral("-I"),
                          sourcePath(QStringLiteral("core")), QStringLiteral("-I"),
                          sourcePath(QStringLiteral("ui")),   QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),       QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments << QStringLiteral("-ts") << copy);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const QList<TsMessage> messages = readTs(copy);
    QVERIFY2(messages.size() > (pluralOnly ? 20 : 500),
             "lupdate found too few strings: is the source list right?");
    QStringList unfinished;
    for (const TsMessage &message : messages)
        if (!message.finished || message.forms.join(QString()).isEmpty())
            unfinished << describe(message);
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(QStringLiteral(
                       "%1 string(s) without a %2 translation (run the update_translations "
                       "target, then translations/fill_ts.py or, for English, fill_english.py; see "
                       "translations/README.md):\n%3")
                       .arg(unfinished.size())
                       .arg(language, unfinished.mid(0, 40).join(QLatin1Char('\n')))));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = readTs(tsPath(language));
    QVERIFY(!messages.isEmpty());
    QStringList wrong;
    for (const TsMessage &message : messages) {
        if (!message.finished)
            continue; // counted by everyStringIsTranslated
        if (message.numerus && message.forms.size() != 2)
            wrong << describe(message)
                    + QStringLiteral(": %1 plural forms, not 2").arg(message.forms.size());
        for (const QString &form : message.forms) {
            if (placeholders(form) != placeholders(message.source))
                wrong << describe(message)
                        + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
            if (mnemonics(form) != mnemonics(message.source))
                wrong << describe(message)
                        + QStringLiteral(": '&' mnemonics differ in \"%1\"").arg(form);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledTranslationsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("syncNow");
    QTest::addColumn<QString>("oneChange");
    QTest::addColumn<QString>("twoChanges");
    QTest::newRow("fr") << "fr"
                        << "Synchroniser maintenant"
                        << "%n modification en attente d'envoi"
                        << "%n modifications en attente d'envoi";
    QTest::newRow("pt") << "pt"
                        << "Sincronizar agora"
                        << "%n alteração à espera de envio"
                        << "%n alterações à espera de envio";
    QTest::newRow("es") << "es"
                        << "Sincronizar ahora"
                        << "%n cambio pendiente de envío"
                        << "%n cambios pendientes de envío";
}

// The .qm built from each .ts is in the resource the programs link, and
// translates the status bar's Sync now button and picks plural forms.
void TestTranslations::compiledTranslationsLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, syncNow);
    QFETCH(QString, oneChange);
    QFETCH(QString, twoChanges);
    QTranslator translator;
    QVERIFY2(translator.load(TranslationCatalog::resourcePath(language)),
             qPrintable(TranslationCatalog::resourcePath(language)));
    const char *context = "satellite::ui::SyncStatusBar";
    QCOMPARE(translator.translate(context, "Sync now"), syncNow);
    QCOMPARE(translator.translate(context, "%n change(s) waiting to go out", nullptr, 1),
             oneChange);
    QCOMPARE(translator.translate(context, "%n change(s) waiting to go out", nullptr, 2),
             twoChanges);
    QCOMPARE(translator.translate(context, "a string no source has"), QString());
}

void TestTranslations::localeChoosesTheLanguage()
{
    QCOMPARE(TranslationCatalog::languages(),
             (QStringList{QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt")}));
    QCOMPARE(TranslationCatalog::languageFor(QLocale(QStringLiteral("fr_CD"))),
             QStringLiteral("fr"));
    QCOMPARE(TranslationCatalog::languageFor(QLocale(QStringLiteral("pt_MZ"))),
             QStringLiteral("pt"));
    QCOMPARE(TranslationCatalog::languageFor(QLocale(QStringLiteral("es_PE"))),
             QStringLiteral("es"));
    QCOMPARE(TranslationCatalog::languageFor(QLocale(QStringLiteral("en_GB"))), QString());
    QCOMPARE(TranslationCatalog::languageFor(QLocale(QStringLiteral("de_DE"))), QString());

    QTranslator translator;
    QVERIFY(TranslationCatalog::load(translator, QLocale(QStringLiteral("pt_AO"))));
    QCOMPARE(translator.language(), QStringLiteral("pt_PT"));
    QVERIFY(!TranslationCatalog::load(translator, QLocale(QStringLiteral("en_US"))));
}

// "%n row(s)" reads "1 row" and "95 rows" in English, the language of every
// locale without a translation; a translated language comes before it.
void TestTranslations::englishSaysItsPluralForms()
{
    const char *context = "satellite::ui::SyncStatusBar";
    const char *source = "%n change(s) waiting to go out";
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
             QStringLiteral("1 change(s) waiting to go out"));
    QVERIFY(!TranslationCatalog::install(qApp, QLocale(QStringLiteral("de_DE"))));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
             QStringLiteral("1 change waiting to go out"));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 0),
             QStringLiteral("0 changes waiting to go out"));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 95),
             QStringLiteral("95 changes waiting to go out"));
    QCOMPARE(QCoreApplication::translate(context, "Sync now"), QStringLiteral("Sync now"));

    QVERIFY(TranslationCatalog::install(qApp, QLocale(QStringLiteral("fr_FR"))));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 95),
             QStringLiteral("95 modifications en attente d'envoi"));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
