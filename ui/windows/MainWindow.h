#pragma once

#include "domain/WorkContext.h"
#include "work/StockCountDialog.h"

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

class DispensePage;
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

    RecordPage *page(const QString &name) const;
    SyncPage *syncPage() const { return m_syncPage; }
    DispensePage *dispensePage() const { return m_dispense; }
    ReceivePage *receivePage() const { return m_receive; }
    PatientHistoryPane *patientHistory() const { return m_history; }
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

signals:
    void logOutRequested();

private:
    void addPage(const QString &name, QWidget *page);
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
    void createTrayIcon();

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
};

} // namespace satellite::ui
