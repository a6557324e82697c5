#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace {
const QString kDirectory = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("satellite_");
const QString kSuffix = QStringLiteral(".qm");
const QString kSourceLanguage = QStringLiteral("en");
} // namespace

QStringList TranslationCatalog::languages()
{
    QStringList codes;
    const QStringList files
        = QDir(kDirectory)
              .entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code
            = file.mid(kPrefix.size(), file.size() - kPrefix.size() - kSuffix.size());
        if (code != kSourceLanguage) // English's file holds only its plural forms
            codes << code;
    }
    return codes;
}

QString TranslationCatalog::resourcePath(const QString &language)
{
    return kDirectory + QLatin1Char('/') + kPrefix + language + kSuffix;
}

QString TranslationCatalog::languageFor(const QLocale &locale)
{
    const QStringList available = languages();
    // uiLanguages() lists the user's preferences in order ("pt-MZ", "pt", "en"):
    // a preference for English comes before any translation listed after it.
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == kSourceLanguage)
            return {};
        if (available.contains(code))
            return code;
    }
    return {};
}

bool TranslationCatalog::load(QTranslator &translator, const QLocale &locale)
{
    const QString language = languageFor(locale);
    return !language.isEmpty() && translator.load(resourcePath(language));
}

bool TranslationCatalog::install(QCoreApplication *app, const QLocale &locale)
{
    auto *english = new QTranslator(app);
    if (english->load(resourcePath(kSourceLanguage)))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    auto *translator = new QTranslator(app);
    if (!load(*translator, locale)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
