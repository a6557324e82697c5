#pragma once

#include "domain/WorkContext.h"
#include "work/StockCountDialog.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace satellite {
class Database;
class DataVersion;
class LocalStore;
class SyncController;
struct SyncOutcome;
} // namespace satellite

namespace satellite::ui {

class DispensePage;
class FirstSyncBanner;
class PatientHistoryPane;
class PatientLinker;
class PrimaryQuestions;
class ReceivePage;
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

    // A page is made when first shown or asked for here.
    RecordPage *page(const QString &name);
    SyncPage *syncPage() const { return m_syncPage; }
    DispensePage *dispensePage() const { return m_dispense; }
    ReceivePage *receivePage();
    PatientHistoryPane *patientHistory();
    SyncStatusBar *syncStatus() const { return m_status; }
    void showPage(const QString &name);
    void setAutoSyncMinutes(int minutes);
    // Reads AppSettings again: interval, batch bounds, proxy.
    void applySettings();
    void openSettings();
    // Asks first, saying what happens to changes not yet sent.
    void confirmLogOut();
    // The pharmacist's forms, each opened with open(); they refresh the views when saved.
    void openPatientDialog(bool registering);
    void openStockCount();
    void openLocationCount();
    // Patients of other clinics for `text`, asked of the primary; the one chosen is
    // made visible here, and picked on the Dispense page when asked from there.
    void openRemotePatientSearch(const QString &text, bool fromDispensing);
    PrimaryQuestions *primaryQuestions() const { return m_questions; }
    // Help menu: the keyboard shortcuts, About (with support information).
    void openShortcuts();
    void openAbout();
    void copySupportInformation();
    // At start, once the window shows: a sync, where the network is up.
    void syncAtStart();
    // Shown while the first sync has not finished, with Continue.
    FirstSyncBanner *firstSyncBanner() const { return m_banner; }
    // "Satellite — Demo Clinic Dispensary (demo-clinic)".
    static QString titleFor(const QString &site, const QString &store);
    // Closing hides the window to the tray (syncing goes on) where there is one.
    bool closesToTray() const;
    // Quit from the menu or the tray: the window closes for good.
    void quit();
    // Reads the counts again if the database changed since last read.
    void recountIfChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    void logOutRequested();

private:
    void addPage(const QString &name, QWidget *page);
    void addLazyPage(const QString &name, std::function<QWidget *()> make);
    void addLazyPages();
    void addNavigation(const QString &name);
    QWidget *makePatientsPage(Database &db);
    // The page, made now if it was not yet.
    QWidget *makePage(const QString &name);
    // The page if it was made already, else null.
    QWidget *madePage(const QString &name) const;
    void addWorkActions();
    void receiveSelectedInvoice();
    void openCount(StockCountDialog::Scope scope, const QString &id);
    void makeVisibleHere(const QString &id, bool fromDispensing);
    void showPatient(const QString &id);
    // A pharmacist action changed records here: views and counts at once.
    void localChange(const QStringList &types);
    void refreshTypes(const QStringList &types);
    void syncFinished(const SyncOutcome &outcome);
    void updateCounts();
    void createMenus();
    void createHelpMenu();
    void createTrayIcon();
    QWidget *createBanner();
    void updateBanner();
    void setSyncing(bool syncing);
    // The counts and other reads left until the window shows, for a quick start.
    void finishStart();

    std::unique_ptr<LocalStore> m_store;
    WorkContext m_context; // the domain's actions keep a reference: it lives as long as they do
    SyncController *m_controller;
    PrimaryQuestions *m_questions; // every question for the primary beside the sync
    PatientLinker *m_linker;
    PatientHistoryPane *m_history = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SyncPage *m_syncPage = nullptr;
    DispensePage *m_dispense = nullptr;
    ReceivePage *m_receive = nullptr;
    SyncStatusBar *m_status;
    QTimer *m_autoSync;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<DataVersion> m_dataVersion;
    struct LazyPage
    {
        QWidget *holder; // in the stack from the start
        std::function<QWidget *()> make;
        QWidget *page; // null until made
    };
    QHash<QString, LazyPage> m_lazyPages;
    FirstSyncBanner *m_banner = nullptr;
    QAction *m_cancelSync = nullptr;
    bool m_quitting = false;
};

} // namespace satellite::ui
