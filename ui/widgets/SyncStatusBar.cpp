#include "SyncStatusBar.h"

#include <QColor>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace satellite::ui {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(tr("Not synced yet"), this))
    , m_lastSynced(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_quarantined(new QLabel(this))
    , m_refused(new QLabel(this))
    , m_calls(new QLabel(this))
    , m_refusedCalls(new QLabel(this))
    , m_button(new QPushButton(tr("Sync now"), this))
{
    m_button->setAccessibleName(tr("Sync now"));
    m_button->setToolTip(syncNowTip());
    // Screen readers say what each part of the status bar is about, not only its text.
    m_connection->setAccessibleName(tr("Sync state"));
    m_connection->setAccessibleDescription(tr("How the last sync went, or that one is running"));
    m_lastSynced->setAccessibleName(tr("Last good sync"));
    m_lastSynced->setAccessibleDescription(tr("When this computer last synced with the primary"));
    m_waiting->setAccessibleName(tr("Changes waiting to go out"));
    m_waiting->setAccessibleDescription(
        tr("Changes made here that the next sync sends to the primary"));
    m_quarantined->setAccessibleName(tr("Records in quarantine"));
    m_quarantined->setAccessibleDescription(
        tr("Records received that could not be stored; listed on the Sync page"));
    m_refused->setAccessibleName(tr("Changes refused"));
    m_refused->setAccessibleDescription(
        tr("Changes the primary would not take; listed on the Sync page"));
    m_calls->setAccessibleName(tr("Patients to make visible"));
    m_calls->setAccessibleDescription(
        tr("Patients of other clinics to be made visible here at the next sync"));
    m_refusedCalls->setAccessibleName(tr("Patients refused"));
    m_refusedCalls->setAccessibleDescription(
        tr("Patients the primary would not make visible here, with its words"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    for (QLabel *label :
         {m_connection, m_lastSynced, m_waiting, m_calls, m_refused, m_refusedCalls, m_quarantined})
        layout->addWidget(label);
    for (QLabel *label : {m_refused, m_calls, m_refusedCalls})
        label->hide();
    // What the primary refused needs her attention: the words say so, the colour helps.
    for (QLabel *label : {m_refused, m_refusedCalls}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        label->setPalette(palette);
    }
    m_refused->setToolTip(tr("Listed on the Sync page, to send again or discard"));
    layout->addStretch();
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_syncing)
            emit cancelRequested();
        else
            emit syncRequested();
    });
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &SyncStatusBar::updateLastSynced);
    clock->start(30000);
    updateLastSynced();
}

QString SyncStatusBar::syncNowTip()
{
    return tr("Sync now (%1)")
        .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
}

QString SyncStatusBar::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

void SyncStatusBar::setLastSynced(const QDateTime &when)
{
    m_lastSyncedAt = when;
    updateLastSynced();
}

void SyncStatusBar::updateLastSynced()
{
    m_lastSynced->setText(
        tr("Last synced: %1").arg(ago(m_lastSyncedAt, QDateTime::currentDateTimeUtc())));
    m_lastSynced->setToolTip(m_lastSyncedAt.isValid() ? QLocale().toString(
                                 m_lastSyncedAt.toLocalTime(), QLocale::LongFormat)
                                                      : QString());
}

void SyncStatusBar::setCounts(qint64 waiting, qint64 quarantined)
{
    m_waiting->setText(tr("%n change(s) waiting to go out", nullptr, int(waiting)));
    m_quarantined->setText(tr("%n record(s) in quarantine", nullptr, int(quarantined)));
    m_quarantined->setVisible(quarantined > 0);
}

void SyncStatusBar::setRefusedChanges(qint64 refused)
{
    m_refused->setText(tr("%n change(s) refused by the primary", nullptr, int(refused)));
    m_refused->setVisible(refused > 0);
}

void SyncStatusBar::setPatientCalls(qint64 waiting, const QStringList &refusals)
{
    m_calls->setText(
        tr("%n patient(s) to make visible here at the next sync", nullptr, int(waiting)));
    m_calls->setVisible(waiting > 0);
    // One refusal is said whole; several are counted, each in the tooltip.
    QString text = refusals.size() == 1
        ? tr("Not made visible here: %1").arg(refusals.first())
        : tr("%n patient(s) not made visible here", nullptr, int(refusals.size()));
    if (text.size() > 90) // the primary's words can be long: whole in the tooltip
        text = text.left(89) + u'…';
    m_refusedCalls->setText(text);
    m_refusedCalls->setToolTip(refusals.join(u'\n'));
    m_refusedCalls->setVisible(!refusals.isEmpty());
}

void SyncStatusBar::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_button->setText(syncing ? tr("Cancel") : tr("Sync now"));
    m_button->setAccessibleName(m_button->text());
    m_button->setToolTip(
        syncing ? tr("Cancel the sync (%1)")
                      .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText))
                : syncNowTip());
    if (syncing)
        m_connection->setText(tr("Syncing…"));
}

void SyncStatusBar::showProgress(const SyncProgress &progress)
{
    if (!m_syncing)
        return;
    m_connection->setText(progress.isWaitingToRetry() ? progress.describe() : tr("Syncing…"));
    m_connection->setToolTip(progress.describe());
}

QString SyncStatusBar::stateText() const
{
    return m_connection->text();
}

void SyncStatusBar::setOutcome(const SyncOutcome &outcome)
{
    using Kind = SyncError::Kind;
    switch (outcome.error.kind) {
    case Kind::None: m_connection->setText(tr("Online")); break;
    case Kind::Cancelled: m_connection->setText(tr("Sync cancelled")); break;
    case Kind::Offline:
    case Kind::Timeout: m_connection->setText(tr("Offline")); break;
    default: m_connection->setText(tr("Sync failed")); break;
    }
    m_connection->setToolTip(outcome.error.isError() ? outcome.error.describe() : QString());
}

} // namespace satellite::ui

namespace satellite::ui {

void SyncStatusBar::setLastResult(const QString &result)
{
    if (result == u"ok")
        m_connection->setText(tr("Last sync succeeded"));
    else if (result == u"failed")
        m_connection->setText(tr("Last sync failed"));
    else if (result == u"cancelled")
        m_connection->setText(tr("Last sync was cancelled"));
    else
        m_connection->setText(tr("Last sync did not finish"));
}

} // namespace satellite::ui
