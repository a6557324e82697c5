#include "AppLanguage.h"

#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace satellite::ui {

QLocale AppLanguage::localeFor(const QString &setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

bool AppLanguage::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    const bool found = TranslationCatalog::install(app, locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace satellite::ui
