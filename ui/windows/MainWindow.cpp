#include "MainWindow.h"

#include "AppSettings.h"
#include "domain/PatientRegistry.h"
#include "domain/WorkLookups.h"
#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "pages/InvoicesPage.h"
#include "pages/StockPage.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/IncomingApplier.h"
#include "sync/SyncController.h"
#include "widgets/RecordPage.h"
#include "widgets/SyncPage.h"
#include "widgets/SyncStatusBar.h"
#include "windows/SettingsDialog.h"
#include "work/DispensePage.h"
#include "work/PatientDialog.h"
#include "work/PatientHistoryModel.h"
#include "work/PatientHistoryPane.h"
#include "work/PatientLinker.h"
#include "work/PrimaryQuestions.h"
#include "work/ReceivePage.h"
#include "work/RemotePatientDialog.h"
#include "work/StockCountDialog.h"
#include "work/WorkAction.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QNetworkProxy>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace satellite::ui {

MainWindow::MainWindow(const QString &databasePath, SyncController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::make_unique<LocalStore>(databasePath, QStringLiteral("store-gui")))
    , m_context(WorkContext::fromSettings(m_store->settings))
    , m_controller(controller)
    , m_questions(new PrimaryQuestions(controller, this))
    , m_linker(new PatientLinker(*m_store, m_context, m_questions, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new SyncStatusBar(this))
    , m_autoSync(new QTimer(this))
{
    setWindowTitle(tr("Satellite — %1").arg(m_store->settings.value(QStringLiteral("site_name"))));
    setWindowIcon(QIcon(QStringLiteral(":/icons/satellite.svg")));
    Database &db = m_store->db;
    m_dispense = new DispensePage(*m_store, m_context, this);
    addPage(tr("Dispense"), m_dispense);
    addPage(tr("Stock"), new StockPage(db, this));
    m_receive = new ReceivePage(*m_store, m_context, this);
    addPage(tr("Receive goods"), m_receive);
    auto *patients
        = new RecordPage(db, tr("Patients"), RecordViews::patients(), tr("Dispensing history"), {});
    m_history = new PatientHistoryPane(*m_store, m_context, m_questions, patients);
    patients->setDetailsPane(m_history, m_history->model());
    connect(patients, &RecordPage::currentIdChanged, m_history, &PatientHistoryPane::showPatient);
    addPage(tr("Patients"), patients);
    addPage(tr("Invoices"), new InvoicesPage(db, this));
    addPage(
        tr("Items"),
        new RecordPage(db, tr("Items"), RecordViews::items(), tr("Batches"), RecordViews::batches));
    addPage(tr("Names"),
            new RecordPage(db, tr("Names"), RecordViews::names(), tr("Invoices"),
                           RecordViews::invoicesOf));
    m_syncPage = new SyncPage(*m_store, this);
    addPage(tr("Sync"), m_syncPage);
    addWorkActions();

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(140);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_status, &SyncStatusBar::syncRequested, m_controller, &SyncController::syncNow);
    connect(m_status, &SyncStatusBar::cancelRequested, m_controller, &SyncController::cancel);
    connect(m_controller, &SyncController::started, this, [this] { m_status->setSyncing(true); });
    connect(m_controller, &SyncController::progressChanged, m_syncPage, &SyncPage::showProgress);
    connect(m_controller, &SyncController::logged, m_syncPage, &SyncPage::addLog);
    connect(m_controller, &SyncController::recordTypesChanged, this, &MainWindow::refreshTypes);
    // The counts follow a sync as it goes: what it sent, what the primary refused.
    connect(m_controller, &SyncController::recordTypesChanged, this, &MainWindow::updateCounts);
    connect(m_controller, &SyncController::progressChanged, this,
            [this](const SyncProgress &progress) {
                if (progress.phase == SyncProgress::Phase::Pushing)
                    updateCounts();
            });
    // satellite-cli may change the same database: read the counts again now and then.
    auto *recount = new QTimer(this);
    connect(recount, &QTimer::timeout, this, &MainWindow::updateCounts);
    recount->start(15000);
    connect(m_controller, &SyncController::finished, this, &MainWindow::syncFinished);
    connect(m_syncPage, &SyncPage::outgoingChanged, this, &MainWindow::updateCounts);
    connect(m_syncPage, &SyncPage::retryQuarantineRequested, this, [this] {
        IncomingApplier(m_store->db, m_store->records, m_store->quarantine, m_store->inbox)
            .retryQuarantined();
        m_syncPage->refresh();
        refreshTypes({QStringLiteral("item"), QStringLiteral("name"), QStringLiteral("transact")});
        updateCounts();
    });
    // Never two syncs at once: the controller ignores a tick while one runs.
    connect(m_autoSync, &QTimer::timeout, this, [this] {
        // Only while the network is reachable, where the platform can tell.
        const QNetworkInformation *network = QNetworkInformation::instance();
        if (!network || network->reachability() != QNetworkInformation::Reachability::Disconnected)
            m_controller->syncNow();
    });
    createMenus();
    createTrayIcon();
    applySettings();

    const auto last = m_store->history.lastSuccessful();
    m_status->setLastSynced(last ? last->finishedAt : QDateTime());
    const QList<SyncRun> recent = m_store->history.recent(1);
    if (!recent.isEmpty())
        m_status->setLastResult(recent.first().result);
    updateCounts();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, QWidget *page)
{
    page->setObjectName(name);
    m_pages->addWidget(page);
    const int number = m_navigation->count() + 1;
    auto *item = new QListWidgetItem(name, m_navigation);
    if (number > 9)
        return;
    // Ctrl+1 Dispense, Ctrl+2 Stock, ...: every page one chord away.
    const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
    item->setToolTip(tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)));
    auto *action = new QAction(this);
    action->setShortcut(keys);
    connect(action, &QAction::triggered, this, [this, name, page] {
        showPage(name);
        page->setFocus();
    });
    addAction(action);
}

void MainWindow::addWorkActions()
{
    connect(m_dispense, &DispensePage::changed, this, &MainWindow::localChange);
    connect(m_dispense, &DispensePage::registerPatientRequested, this,
            [this] { openPatientDialog(true); });
    connect(m_dispense, &DispensePage::remotePatientSearchRequested, this,
            [this](const QString &text) { openRemotePatientSearch(text, true); });
    connect(m_linker, &PatientLinker::linked, this,
            [this](const QString &, const QStringList &types) { localChange(types); });
    connect(m_linker, &PatientLinker::callsChanged, this, &MainWindow::updateCounts);
    connect(m_receive, &ReceivePage::changed, this, &MainWindow::localChange);

    RecordPage *stock = page(tr("Stock"));
    connect(stock->addButton(tr("&Count stock…")), &QPushButton::clicked, this,
            &MainWindow::openStockCount);
    connect(stock->addButton(tr("Count a &location…")), &QPushButton::clicked, this,
            &MainWindow::openLocationCount);
    RecordPage *patients = page(tr("Patients"));
    connect(patients->addButton(tr("&Dispense to patient")), &QPushButton::clicked, this,
            [this, patients] {
                if (patients->currentId().isEmpty())
                    return;
                m_dispense->startFor(patients->currentId());
                showPage(tr("Dispense"));
            });
    QPushButton *remote = patients->addButton(tr("Search the &primary…"));
    remote->setToolTip(tr("Find patients registered at other clinics"));
    connect(remote, &QPushButton::clicked, this,
            [this, patients] { openRemotePatientSearch(patients->searchBox()->text(), false); });
    connect(patients->addButton(tr("&Register patient…")), &QPushButton::clicked, this,
            [this] { openPatientDialog(true); });
    connect(patients->addButton(tr("&Edit patient…")), &QPushButton::clicked, this,
            [this] { openPatientDialog(false); });
    RecordPage *invoices = page(tr("Invoices"));
    connect(invoices->addButton(tr("&Receive goods…")), &QPushButton::clicked, this,
            &MainWindow::receiveSelectedInvoice);
}

// The selected invoice when it waits to be received; else the page lists those that do.
void MainWindow::receiveSelectedInvoice()
{
    m_receive->refresh({QStringLiteral("transact")});
    m_receive->showInvoice(page(tr("Invoices"))->currentId());
    showPage(tr("Receive goods"));
}

void MainWindow::openPatientDialog(bool registering)
{
    RecordPage *patients = page(tr("Patients"));
    std::optional<Patient> patient;
    if (!registering) {
        patient = PatientRegistry(*m_store, m_context).find(patients->currentId());
        if (!patient) {
            patients->setNote(tr("Choose the patient to edit first."));
            return;
        }
    }
    auto *dialog = new PatientDialog(*m_store, m_context, patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool fromDispensing = m_pages->currentWidget() == m_dispense;
    connect(
        dialog, &PatientDialog::saved, this,
        [this, patients, registering, fromDispensing](const QString &id, const QStringList &types) {
            localChange(types);
            const auto saved = PatientRegistry(*m_store, m_context).find(id);
            const QString name = saved ? saved->name : id;
            patients->setNote(
                registering
                    ? tr("%1 registered with code %2.").arg(name, saved ? saved->code : QString())
                    : tr("%1's details saved.").arg(name));
            patients->selectId(id);
            if (fromDispensing)
                m_dispense->startFor(id);
        });
    dialog->open();
}

void MainWindow::openRemotePatientSearch(const QString &text, bool fromDispensing)
{
    auto *dialog = new RemotePatientDialog(*m_store, m_context, m_questions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemotePatientDialog::makeVisibleRequested, this,
            [this, fromDispensing](const QString &id) { makeVisibleHere(id, fromDispensing); });
    dialog->open();
    dialog->search(text);
}

// The patient is held here at once: selected on Patients, or picked on
// Dispense; what the primary said follows on the same page.
void MainWindow::makeVisibleHere(const QString &id, bool fromDispensing)
{
    RecordPage *patients = page(tr("Patients"));
    QObject *origin = fromDispensing ? static_cast<QObject *>(m_dispense) : patients;
    const auto report = [this, patients, fromDispensing](const QString &text, bool problem) {
        if (fromDispensing)
            m_dispense->showMessage(text, problem);
        else
            patients->setNote(text);
    };
    const auto linked = connect(m_linker, &PatientLinker::linked, this,
                                [this, patients, fromDispensing](const QString &linkedId) {
                                    if (fromDispensing)
                                        m_dispense->startFor(linkedId);
                                    else if (!patients->selectId(linkedId))
                                        showPatient(linkedId); // filtered out by the search
                                });
    m_linker->link(id, origin, report);
    disconnect(linked);
}

// On the Patients page, searched for by name so that the row is there to select.
void MainWindow::showPatient(const QString &id)
{
    RecordPage *patients = page(tr("Patients"));
    std::optional<Patient> patient;
    WorkAction::run([&] { patient = PatientRegistry(*m_store, m_context).find(id); });
    if (!patient)
        return;
    patients->search(patient->name);
    patients->selectId(id);
}

void MainWindow::openStockCount()
{
    RecordPage *stock = page(tr("Stock"));
    const QString itemId = stock->currentId();
    if (itemId.isEmpty()) {
        stock->setNote(tr("Choose the item to count first."));
        return;
    }
    openCount(StockCountDialog::Scope::Item, itemId);
}

// Every batch kept at the chosen location, of any item.
void MainWindow::openLocationCount()
{
    RecordPage *stock = page(tr("Stock"));
    const QList<WorkLookups::Location> locations = WorkLookups(*m_store, m_context).locations();
    if (locations.isEmpty()) {
        stock->setNote(tr("This store has no locations; count item by item."));
        return;
    }
    QStringList names;
    for (const WorkLookups::Location &location : locations)
        names.append(location.name);
    auto *chooser = new QInputDialog(this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Count a location"));
    chooser->setLabelText(tr("&Location to count:"));
    chooser->setComboBoxItems(names);
    connect(chooser, &QInputDialog::textValueSelected, this,
            [this, locations, names](const QString &name) {
                openCount(StockCountDialog::Scope::Location,
                          locations.at(std::max<qsizetype>(0, names.indexOf(name))).id);
            });
    chooser->open();
}

void MainWindow::openCount(StockCountDialog::Scope scope, const QString &id)
{
    RecordPage *stock = page(tr("Stock"));
    auto *dialog = new StockCountDialog(*m_store, m_context, scope, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StockCountDialog::saved, this,
            [this, stock](const QStringList &types, const QString &summary) {
                localChange(types);
                stock->setNote(summary);
            });
    dialog->open();
}

void MainWindow::localChange(const QStringList &types)
{
    refreshTypes(types);
    updateCounts();
}

RecordPage *MainWindow::page(const QString &name) const
{
    return m_pages->findChild<RecordPage *>(name);
}

void MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->text() == name)
            m_navigation->setCurrentRow(row);
    }
}

void MainWindow::setAutoSyncMinutes(int minutes)
{
    if (minutes > 0)
        m_autoSync->start(minutes * 60 * 1000);
    else
        m_autoSync->stop();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Satellite"));
    QAction *sync = file->addAction(tr("&Sync now"), m_controller, &SyncController::syncNow);
    sync->setShortcut(QKeySequence::Refresh);
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("&Log out…"), this, &MainWindow::confirmLogOut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Satellite"), this, [this] {
        showNormal();
        activateWindow();
    });
    menu->addAction(tr("Sync now"), m_controller, &SyncController::syncNow);
    menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(windowTitle());
    m_tray->show();
}

void MainWindow::confirmLogOut()
{
    const qint64 waiting = m_store->outgoing.count();
    const QString site = m_store->settings.value(QStringLiteral("site_name"));
    QString text
        = tr("Logging out removes site %1's data from this computer; the primary server keeps "
             "it, and you can log in to this or another site afterwards.")
              .arg(site);
    if (waiting > 0)
        text += u' '
            + tr("%n change(s) made here have not been sent yet and would be lost: sync first.",
                 nullptr, int(waiting));
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Log out"), text, QMessageBox::Cancel, this);
    QPushButton *logOut
        = box->addButton(waiting > 0 ? tr("Log out and lose the changes") : tr("Log out"),
                         QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, logOut] {
        if (box->clickedButton() == logOut)
            emit logOutRequested();
    });
    box->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_store->settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    const AppSettings settings;
    setAutoSyncMinutes(settings.autoSyncMinutes());
    SyncEngine::Tuning tuning;
    tuning.minBatch = settings.minBatch();
    tuning.maxBatch = settings.maxBatch();
    tuning.initialBatch = std::clamp(tuning.initialBatch, tuning.minBatch, tuning.maxBatch);
    m_controller->setTuning(tuning);
    QNetworkProxyFactory::setUseSystemConfiguration(settings.useSystemProxy());
    if (!settings.useSystemProxy())
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void MainWindow::refreshTypes(const QStringList &types)
{
    auto touches = [&types](std::initializer_list<const char16_t *> wanted) {
        for (const char16_t *type : wanted) {
            if (types.contains(QString::fromUtf16(type)))
                return true;
        }
        return false;
    };
    if (touches({u"item", u"item_line", u"Location"}))
        page(tr("Stock"))->refresh();
    if (touches({u"name", u"name_store_join", u"transact"}))
        page(tr("Patients"))->refresh(); // with the selected patient's dispensings
    if (touches({u"name", u"name_store_join"}))
        page(tr("Names"))->refresh();
    if (touches({u"transact", u"trans_line", u"name"}))
        page(tr("Invoices"))->refresh();
    if (touches({u"item"}))
        page(tr("Items"))->refresh();
    m_dispense->refresh(types);
    m_receive->refresh(types);
}

void MainWindow::syncFinished(const SyncOutcome &outcome)
{
    m_status->setSyncing(false);
    m_status->setOutcome(outcome);
    if (m_tray)
        m_tray->setToolTip(outcome.error.isError() ? outcome.error.describe() : windowTitle());
    m_syncPage->showOutcome(outcome);
    if (outcome.error.kind == SyncError::Kind::None)
        m_status->setLastSynced(QDateTime::currentDateTimeUtc());
    updateCounts();
}

void MainWindow::updateCounts()
{
    try {
        m_status->setCounts(m_store->outgoing.count(), m_store->quarantine.count());
        m_status->setRefusedChanges(m_store->refused.count());
        qint64 waiting = 0;
        QStringList refusals;
        for (const PendingCalls::Call &call : m_store->pendingCalls.all()) {
            if (call.state == PendingCalls::State::Waiting) {
                ++waiting;
                continue;
            }
            if (call.state == PendingCalls::State::Done)
                continue;
            const auto patient = PatientRegistry(*m_store, m_context).find(call.nameId);
            refusals.append(tr("%1: %2", "patient, the primary's words")
                                .arg(patient ? patient->name : call.nameId, call.lastError));
        }
        m_status->setPatientCalls(waiting, refusals);
    } catch (const StoreError &) {
        // The counts stay as they were; the next change or tick reads them again.
    }
}

} // namespace satellite::ui
