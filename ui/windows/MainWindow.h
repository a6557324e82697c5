#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace satellite {
class LocalStore;
class SyncController;
struct SyncOutcome;
} // namespace satellite

namespace satellite::ui {

class RecordPage;
class SyncPage;
class SyncStatusBar;

// The pharmacist's window: Stock, Patients, Invoices, Items, Names and Sync,
// with the sync state always in the status bar. Reads the local database over
// its own connection; all syncing happens on the engine's thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString &databasePath, SyncController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordPage *page(const QString &name) const;
    SyncPage *syncPage() const { return m_syncPage; }
    SyncStatusBar *syncStatus() const { return m_status; }
    void showPage(const QString &name);
    void setAutoSyncMinutes(int minutes);
    // Reads AppSettings again: interval, batch bounds, proxy.
    void applySettings();
    void openSettings();
    // Asks first, saying what happens to changes not yet sent.
    void confirmLogOut();

signals:
    void logOutRequested();

private:
    void addPage(const QString &name, QWidget *page);
    void refreshTypes(const QStringList &types);
    void syncFinished(const SyncOutcome &outcome);
    void updateCounts();
    void createMenus();
    void createTrayIcon();

    std::unique_ptr<LocalStore> m_store;
    SyncController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SyncPage *m_syncPage = nullptr;
    SyncStatusBar *m_status;
    QTimer *m_autoSync;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace satellite::ui
