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
    , m_insecure(
          new QCheckBox(tr("&Allow an insecure (http) connection to another computer"), this))
    , m_found(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Log in to your mSupply site"));
    m_url->setPlaceholderText(tr("https://sync.example.org"));
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
    m_message->setAccessibleName(tr("Message"));
    m_found->setAccessibleName(tr("Site found"));
    m_connect->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Primary server:"), m_url);
    form->addRow(tr("&Site name:"), m_site);
    form->addRow(tr("Pass&word:"), m_password);
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
            m_controller->cancel(); // the Stop button says what it does
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
    m_url->setText(withScheme(m_url->text()));
    LoginRequest request;
    request.serverUrl = m_url->text();
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
    Q_UNUSED(site); // its IDs mean nothing to the pharmacist; names come with the records
    m_found->setText(tr("Found site %1 on the server. Receiving the records of its store…")
                         .arg(m_site->text().trimmed()));
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
    // The bar stops: full when done, empty otherwise (a busy bar would say "still working").
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.error.kind == SyncError::Kind::None ? 1 : 0);
    if (outcome.error.kind == SyncError::Kind::None) {
        m_message->setText(tr("Done: %n record(s) received.", nullptr, int(outcome.pulled)));
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

QString LoginDialog::withScheme(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QStringLiteral("://")))
        return trimmed;
    return QStringLiteral("https://") + trimmed;
}

void LoginDialog::startOver()
{
    if (m_busy)
        return; // a login running is not "the previous site"
    m_site->clear();
    m_password->clear();
    m_insecure->setChecked(false);
    m_certificate.clear();
    m_found->clear();
    m_message->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_site->setFocus();
}

void LoginDialog::reject()
{
    if (m_busy)
        confirmStop();
    else
        QDialog::reject();
}

void LoginDialog::confirmStop()
{
    if (m_asking)
        return;
    m_asking = true;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Stop the first sync?"),
        tr("The first sync is still receiving this store's records. If you stop now, the next "
           "start of Satellite offers to continue from where it stopped."),
        QMessageBox::NoButton, this);
    QPushButton *stop = box->addButton(tr("&Stop the sync"), QMessageBox::DestructiveRole);
    QPushButton *goOn = box->addButton(tr("&Go on syncing"), QMessageBox::RejectRole);
    box->setDefaultButton(goOn);
    box->setEscapeButton(goOn);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        m_asking = false;
        if (box->clickedButton() == stop && m_busy)
            m_controller->cancel();
    });
    box->open();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_url, m_site, m_password, m_insecure, m_connect})
        field->setEnabled(!busy);
    m_cancel->setText(busy ? tr("S&top") : tr("Cancel"));
}

} // namespace satellite::ui
