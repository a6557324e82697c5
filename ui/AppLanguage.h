#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace satellite::ui {

// The language the app speaks: the Language setting, else the system's.
// Satellite's own translations come from the app's resources
// (:/i18n/satellite_<lang>.qm), Qt's (buttons of standard dialogs) from Qt's
// translations folder; a language without them stays English, quietly.
class AppLanguage
{
public:
    static inline const QString kResourceFolder = QStringLiteral(":/i18n");
    // English needs no translation but its plural forms: "%n row(s)" reads "1 row".
    static inline const QString kEnglishPluralForms = QStringLiteral("satellite_en");

    // `setting`: a language code ("fr", "pt_BR") or empty for the system's.
    static QLocale localeFor(const QString &setting);
    // Installs the translators for `locale` on the app (which owns them) and
    // makes `locale` the default for dates and numbers. True when Satellite's
    // own translation was found.
    static bool install(QCoreApplication *app, const QLocale &locale,
                        const QString &folder = kResourceFolder);
    // The languages Satellite has a translation for, as codes ("fr", ...).
    static QStringList available(const QString &folder = kResourceFolder);
};

} // namespace satellite::ui
