#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

// The translations built into the programs (the .qm files in the resource
// :/i18n, from sat_translations), and which one a locale asks for. English is
// the source language: its file holds only its plural forms.
class TranslationCatalog
{
public:
    // The languages with a built-in translation, as ISO 639 codes ("es", "fr", "pt").
    static QStringList languages();

    // Where a language's translation lives, e.g. ":/i18n/satellite_fr.qm".
    static QString resourcePath(const QString &language);

    // The language to use for a locale: the first of its UI languages that is
    // English or has a translation; empty when none does (English is then used).
    static QString languageFor(const QLocale &locale);

    // Loads the translation for a locale into translator; false when the
    // locale wants English or a language without a translation.
    static bool load(QTranslator &translator, const QLocale &locale);

    // Installs on app (which owns them) English's plural forms ("1 record",
    // "2 records"), then the locale's translation if there is one; true then.
    static bool install(QCoreApplication *app, const QLocale &locale);
};
