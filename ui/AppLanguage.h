#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace satellite::ui {

// The language the app speaks: the Language setting, else the system's.
// Satellite's own translations are TranslationCatalog's; Qt's (buttons of
// standard dialogs) come from Qt's translations folder; a language without
// them stays English, quietly.
class AppLanguage
{
public:
    // `setting`: a language code ("fr", "pt_BR") or empty for the system's.
    static QLocale localeFor(const QString &setting);
    // Installs the translators for `locale` on the app (which owns them) and
    // makes `locale` the default for dates and numbers. True when Satellite's
    // own translation was found.
    static bool install(QCoreApplication *app, const QLocale &locale);
};

} // namespace satellite::ui
