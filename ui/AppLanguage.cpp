#include "AppLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace satellite::ui {

QLocale AppLanguage::localeFor(const QString &setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

bool AppLanguage::install(QCoreApplication *app, const QLocale &locale, const QString &folder)
{
    QLocale::setDefault(locale);
    // English's own plural forms ("1 row", "95 rows") first: the translator
    // installed last is asked first, so a language's translation comes before it.
    auto *english = new QTranslator(app);
    if (english->load(kEnglishPluralForms, folder))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    // QTranslator::load(locale, ...) tries each of the locale's UI languages
    // and their shorter forms (pt_BR, then pt); English is the one above.
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("satellite"), QStringLiteral("_"), folder)
        && !own->filePath().endsWith(kEnglishPluralForms + QStringLiteral(".qm"));
    if (found)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

QStringList AppLanguage::available(const QString &folder)
{
    QStringList languages;
    const QStringList files
        = QDir(folder).entryList({QStringLiteral("satellite_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(int(qstrlen("satellite_"))).chopped(int(qstrlen(".qm")));
        if (code != u"en") // English's plural forms only: English is the source
            languages.append(code);
    }
    return languages;
}

} // namespace satellite::ui
