#include "LoginDialog.h"

#include "sync/SiteCredentials.h"
#include "sync/SyncController.h"
#include "widgets/ProgressDisplay.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace satellite::ui {

LoginDialog::LoginDialog(SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_url(new QLineEdit(this))
    , m_site(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow an insecure (http) connection to another computer"), this))
    , m_found(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Log in to your mSupply site"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setAccessibleName(tr("Primary server address"));
    m_site->setAccessibleName(tr("Site name"));
    m_password->setAccessibleName(tr("Site password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_insecure->setToolTip(
        tr("Plain http sends your data unprotected over the network. Use it only if your "
           "administrator tells you to."));
    m_message->setWordWrap(true);
    m_found->setWordWrap(true);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("First sync progress"));
    m_connect->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Primary server:"), m_url);
    form->addRow(tr("Site name:"), m_site);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_insecure);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_found);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_connect, &QPushButton::clicked, this, &LoginDialog::connectToServer);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            m_controller->cancel();
        else
            reject();
    });
    connect(m_controller, &SyncController::siteFound, this, &LoginDialog::showSite);
    connect(m_controller, &SyncController::progressChanged, this, &LoginDialog::showProgress);
    connect(m_controller, &SyncController::finished, this, &LoginDialog::finish);
    resize(520, 320);
}

void LoginDialog::connectToServer()
{
    if (m_url->text().trimmed().isEmpty() || m_site->text().trimmed().isEmpty()
        || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the server address, the site name and the password your "
                              "administrator gave you."));
        return;
    }
    LoginRequest request;
    request.serverUrl = m_url->text().trimmed();
    request.siteName = m_site->text().trimmed();
    request.passwordHash = SiteCredentials::hashPassword(m_password->text());
    request.allowInsecureHttp = m_insecure->isChecked();
    request.trustedCertificateSha256 = m_certificate;
    m_found->clear();
    m_message->setText(tr("Connecting…"));
    setBusy(true);
    m_controller->login(request);
}

void LoginDialog::showSite(const SiteIdentity &site)
{
    if (!m_busy)
        return;
    m_found->setText(
        tr("Found site %1 (site ID %2), store %3, user %4. Receiving this store's records…")
            .arg(m_site->text())
            .arg(site.siteId)
            .arg(site.storeId, site.userId));
}

void LoginDialog::showProgress(const SyncProgress &progress)
{
    if (!m_busy)
        return;
    m_progress->setVisible(true);
    showProgressOn(m_progress, progress);
    m_message->setText(progress.describe());
}

QString LoginDialog::adviceFor(const SyncError &error)
{
    using Kind = SyncError::Kind;
    switch (error.kind) {
    case Kind::Credentials:
        return tr("The site name or password is wrong. Check them with your administrator and try "
                  "again.");
    case Kind::HardwareLock:
        return tr("This site is registered to another computer. Ask your administrator to reset "
                  "the site's "
                  "registration, then connect again.");
    case Kind::Offline:
    case Kind::Timeout:
        return tr("Cannot reach the server. Check the address and the internet connection, then "
                  "try again. "
                  "(%1)")
            .arg(error.message);
    case Kind::Tls:
        return tr("The server's certificate is not trusted. Its SHA-256 fingerprint is %1. Trust "
                  "it only if "
                  "your administrator confirms this fingerprint.")
            .arg(error.certificateSha256);
    case Kind::Cancelled: return tr("Stopped. Connect again to go on from where it stopped.");
    default: return error.describe();
    }
}

void LoginDialog::finish(const SyncOutcome &outcome)
{
    if (!m_busy)
        return; // a sync the main window started, not this login
    setBusy(false);
    if (outcome.error.kind == SyncError::Kind::None) {
        m_message->setText(tr("Done: %1 records received.").arg(outcome.pulled));
        emit loggedIn();
        accept();
        return;
    }
    m_message->setText(adviceFor(outcome.error));
    if (outcome.error.kind == SyncError::Kind::Tls && !outcome.error.certificateSha256.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Untrusted certificate"),
                                    adviceFor(outcome.error), QMessageBox::Cancel, this);
        QPushButton *trust = box->addButton(tr("Trust this certificate"), QMessageBox::AcceptRole);
        connect(box, &QMessageBox::finished, this,
                [this, box, trust, certificate = outcome.error.certificateSha256] {
                    if (box->clickedButton() == trust) {
                        m_certificate = certificate;
                        connectToServer();
                    }
                    box->deleteLater();
                });
        box->open();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_url, m_site, m_password, m_insecure, m_connect})
        field->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Stop") : tr("Cancel"));
}

} // namespace satellite::ui
