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

    // What to tell the pharmacist about a failed login, with the next step.
    static QString adviceFor(const SyncError &error);

signals:
    void loggedIn();

private:
    void connectToServer();
    void showSite(const SiteIdentity &site);
    void showProgress(const SyncProgress &progress);
    void finish(const SyncOutcome &outcome);
    void setBusy(bool busy);

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
};

} // namespace satellite::ui
