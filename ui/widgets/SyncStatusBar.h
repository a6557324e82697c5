#pragma once

#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace satellite::ui {

// Always in view: connection state, when the last good sync was, what waits
// to go out (changes, patients to make visible here), what the primary
// refused, what is in quarantine, and Sync now (Cancel while syncing).
class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    void setLastSynced(const QDateTime &when);
    void setCounts(qint64 waiting, qint64 quarantined);
    // Changes the primary would not take, kept aside (listed on the Sync page).
    void setRefusedChanges(qint64 refused);
    // Patients waiting to be made visible here (v4 calls queued), and those
    // the primary refused, each as "name: the primary's words".
    void setPatientCalls(qint64 waiting, const QStringList &refusals);
    void setSyncing(bool syncing);
    // While syncing: "Syncing…", or the engine's words while it waits to try
    // again ("Cannot reach the server, trying again in 8 s"); the whole
    // progress in words as its tooltip.
    void showProgress(const SyncProgress &progress);
    QString stateText() const;
    void setOutcome(const SyncOutcome &outcome);
    // At start: how the last run ended (ok, failed, cancelled, interrupted).
    void setLastResult(const QString &result);
    QPushButton *syncButton() const { return m_button; }

    // "3 minutes ago", "never", ...
    static QString ago(const QDateTime &when, const QDateTime &now);

signals:
    void syncRequested();
    void cancelRequested();

private:
    static QString syncNowTip();
    void updateLastSynced();

    QLabel *m_connection;
    QLabel *m_lastSynced;
    QLabel *m_waiting;
    QLabel *m_quarantined;
    QLabel *m_refused;
    QLabel *m_calls;
    QLabel *m_refusedCalls;
    QPushButton *m_button;
    QDateTime m_lastSyncedAt;
    bool m_syncing = false;
};

} // namespace satellite::ui
