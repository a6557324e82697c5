#include "SettingsDialog.h"

#include "AppLanguage.h"
#include "AppSettings.h"
#include "TranslationCatalog.h"
#include "store/LocalSettings.h"
#include "sync/SettingKeys.h"
#include "windows/LoginDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace satellite::ui {

SettingsDialog::SettingsDialog(LocalSettings &siteSettings, QWidget *parent)
    : QDialog(parent)
    , m_siteSettings(siteSettings)
    , m_server(new QLineEdit(siteSettings.value(SettingKeys::serverUrl), this))
    , m_interval(new QSpinBox(this))
    , m_minBatch(new QSpinBox(this))
    , m_maxBatch(new QSpinBox(this))
    , m_proxy(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_insecure(
          new QCheckBox(tr("&Allow an insecure (http) connection to another computer"), this))
    , m_languageNote(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const AppSettings settings;
    m_server->setAccessibleName(tr("Primary server address"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Never (only Sync now)"));
    m_interval->setValue(settings.autoSyncMinutes());
    m_interval->setAccessibleName(tr("Automatic sync interval"));
    for (QSpinBox *box : {m_minBatch, m_maxBatch})
        box->setRange(1, 5000);
    m_minBatch->setValue(settings.minBatch());
    m_maxBatch->setValue(settings.maxBatch());
    m_minBatch->setAccessibleName(tr("Smallest batch"));
    m_maxBatch->setAccessibleName(tr("Largest batch"));
    m_proxy->addItem(tr("The system's proxy settings"), true);
    m_proxy->addItem(tr("No proxy"), false);
    m_proxy->setCurrentIndex(settings.useSystemProxy() ? 0 : 1);
    m_proxy->setAccessibleName(tr("Proxy"));
    fillLanguages(settings.language());
    m_languageNote->setWordWrap(true);
    m_languageNote->setAccessibleName(tr("Language note"));
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this, chosen = settings.language()] {
                m_languageNote->setText(tr("Satellite speaks the new language from its next "
                                           "start."));
                m_languageNote->setVisible(m_language->currentData().toString() != chosen);
            });
    m_insecure->setChecked(siteSettings.value(SettingKeys::allowInsecureHttp) == u"1");
    connect(m_insecure, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            QMessageBox::warning(
                this, tr("Insecure connection"),
                tr("With plain http, the site password hash and all your data cross the "
                   "network unprotected. Use it only if your administrator tells you to."));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Primary server:"), m_server);
    form->addRow(tr("Sync automatically &every:"), m_interval);
    form->addRow(tr("S&mallest batch:"), m_minBatch);
    form->addRow(tr("La&rgest batch:"), m_maxBatch);
    form->addRow(tr("Pro&xy:"), m_proxy);
    form->addRow(tr("La&nguage:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(QString(), m_insecure);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// English, then each language Satellite has a translation for, in its own name.
void SettingsDialog::fillLanguages(const QString &chosen)
{
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : TranslationCatalog::languages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" leads its line as "Français"
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
    m_language->setAccessibleName(tr("Language"));
}

void SettingsDialog::save()
{
    m_server->setText(LoginDialog::withScheme(m_server->text()));
    const QUrl url(m_server->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty()) {
        QMessageBox::warning(this, tr("Settings"),
                             tr("The server address is not a web address, such as "
                                "https://sync.example.org."));
        return;
    }
    AppSettings settings;
    settings.setAutoSyncMinutes(m_interval->value());
    settings.setBatchBounds(m_minBatch->value(), m_maxBatch->value());
    settings.setUseSystemProxy(m_proxy->currentData().toBool());
    settings.setLanguage(m_language->currentData().toString());
    QString server = m_server->text().trimmed();
    if (server.endsWith(u'/'))
        server.chop(1);
    m_siteSettings.setValue(SettingKeys::serverUrl, server);
    m_siteSettings.setValue(SettingKeys::allowInsecureHttp,
                            m_insecure->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    emit settingsChanged();
    accept();
}

} // namespace satellite::ui
