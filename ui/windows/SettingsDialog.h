#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace satellite {
class LocalSettings;
}

namespace satellite::ui {

// Server address, sync interval, batch size bounds, proxy, language and the
// insecure-connection switch (with its warning).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(LocalSettings &siteSettings, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *languageNote() const { return m_languageNote; }

signals:
    // Saved; the window applies what changed.
    void settingsChanged();

private:
    void fillLanguages(const QString &chosen);
    void save();

    LocalSettings &m_siteSettings;
    QLineEdit *m_server;
    QSpinBox *m_interval;
    QSpinBox *m_minBatch;
    QSpinBox *m_maxBatch;
    QComboBox *m_proxy;
    QComboBox *m_language;
    QCheckBox *m_insecure;
    QLabel *m_languageNote;
};

} // namespace satellite::ui
