#pragma once

#include "sync/SyncTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace satellite {
class SyncController;
}

namespace satellite::ui {

// First run: the primary server's address, the site name and its password.
// Connect looks the site up, shows what was found, then runs the first sync
// with a real progress bar; every failure says what to do next.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(SyncController *controller, QWidget *parent = nullptr);

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *siteField() const { return m_site; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *foundLabel() const { return m_found; }
    QProgressBar *progressBar() const { return m_progress; }
    // After a log out: nothing of the previous site shows (its name,
    // password, progress, messages, a certificate trusted); the address stays.
    void startOver();
    // "demo.example.org" is taken as "https://demo.example.org".
    static QString withScheme(const QString &address);

    // What to tell the pharmacist about a failed login, with the next step.
    static QString adviceFor(const SyncError &error);

signals:
    void loggedIn();

public slots:
    // Escape or closing: during the first sync, asks before stopping it.
    void reject() override;

private:
    void connectToServer();
    void showSite(const SiteIdentity &site);
    void showProgress(const SyncProgress &progress);
    void finish(const SyncOutcome &outcome);
    void setBusy(bool busy);
    void confirmStop();

    SyncController *m_controller;
    QLineEdit *m_url;
    QLineEdit *m_site;
    QLineEdit *m_password;
    QCheckBox *m_insecure;
    QLabel *m_found;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QString m_certificate; // a certificate the pharmacist chose to trust
    bool m_busy = false;
    bool m_asking = false; // the "stop the first sync?" question is open
};

} // namespace satellite::ui
