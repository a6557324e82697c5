#include "MainWindow.h"

#include "AppSettings.h"
#include "domain/PatientRegistry.h"
#include "domain/WorkLookups.h"
#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "pages/InvoicesPage.h"
#include "pages/StockPage.h"
#include "store/DataVersion.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/IncomingApplier.h"
#include "sync/SettingKeys.h"
#include "sync/SyncController.h"
#include "widgets/FirstSyncBanner.h"
#include "widgets/RecordPage.h"
#include "widgets/SyncPage.h"
#include "widgets/SyncStatusBar.h"
#include "windows/AboutDialog.h"
#include "windows/SettingsDialog.h"
#include "windows/ShortcutsDialog.h"
#include "windows/SupportInfo.h"
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
#include <QClipboard>
#include <QCloseEvent>
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
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

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
    , m_dataVersion(std::make_unique<DataVersion>(m_store->db))
{
    setWindowTitle(titleFor(m_store->settings.value(SettingKeys::siteName),
                            WorkLookups(*m_store, m_context).storeName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/satellite.svg")));
    m_dispense = new DispensePage(*m_store, m_context, this);
    addPage(tr("Dispense"), m_dispense);
    addLazyPages();
    m_syncPage = new SyncPage(*m_store, this);
    addPage(tr("Sync"), m_syncPage);
    addWorkActions();

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(140);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        makePage(m_navigation->item(row)->text());
        m_pages->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(createBanner());
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_status, &SyncStatusBar::syncRequested, m_controller, &SyncController::syncNow);
    connect(m_status, &SyncStatusBar::cancelRequested, m_controller, &SyncController::cancel);
    connect(m_controller, &SyncController::started, this, [this] { setSyncing(true); });
    connect(m_controller, &SyncController::progressChanged, m_syncPage, &SyncPage::showProgress);
    connect(m_controller, &SyncController::progressChanged, m_status, &SyncStatusBar::showProgress);
    connect(m_controller, &SyncController::logged, m_syncPage, &SyncPage::addLog);
    connect(m_controller, &SyncController::recordTypesChanged, this, &MainWindow::refreshTypes);
    // The counts follow a sync as it goes: what it sent, what the primary refused.
    connect(m_controller, &SyncController::recordTypesChanged, this, &MainWindow::updateCounts);
    connect(m_controller, &SyncController::progressChanged, this,
            [this](const SyncProgress &progress) {
                if (progress.phase == SyncProgress::Phase::Pushing)
                    updateCounts();
            });
    // Any change, here or by another program (satellite-cli, the sync's
    // thread): the counts follow within a second.
    auto *recount = new QTimer(this);
    connect(recount, &QTimer::timeout, this, &MainWindow::recountIfChanged);
    recount->start(1000);
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
    resize(1100, 700);
    // What is only read, not needed to draw the window, comes right after it shows.
    QTimer::singleShot(0, this, &MainWindow::finishStart);
}

// The store by its name, the site it syncs as beside it: never an ID.
QString MainWindow::titleFor(const QString &site, const QString &store)
{
    if (store.isEmpty() || store == site)
        return tr("Satellite — %1").arg(site);
    return tr("Satellite — %1 (%2)", "store, site").arg(store, site);
}

void MainWindow::finishStart()
{
    try {
        const auto last = m_store->history.lastSuccessful();
        m_status->setLastSynced(last ? last->finishedAt : QDateTime());
        const QList<SyncRun> recent = m_store->history.recent(1);
        if (!recent.isEmpty())
            m_status->setLastResult(recent.first().result);
    } catch (const StoreError &) {
        // The status bar says "never" until the next sync.
    }
    updateBanner();
    recountIfChanged();
}

QWidget *MainWindow::createBanner()
{
    m_banner = new FirstSyncBanner(this);
    connect(m_banner, &FirstSyncBanner::continueRequested, m_controller, &SyncController::syncNow);
    m_banner->hide();
    return m_banner;
}

// Shown until a sync succeeds: before that the first one never finished.
void MainWindow::updateBanner()
{
    bool unfinished = false;
    try {
        unfinished = !m_store->settings.value(SettingKeys::siteName).isEmpty()
            && !m_store->history.lastSuccessful();
    } catch (const StoreError &) {
        // Not known: no banner.
    }
    m_banner->setVisible(unfinished);
}

void MainWindow::setSyncing(bool syncing)
{
    m_status->setSyncing(syncing);
    m_cancelSync->setEnabled(syncing);
    m_banner->setSyncing(syncing);
}

void MainWindow::syncAtStart()
{
    const QNetworkInformation *network = QNetworkInformation::instance();
    if (!network || network->reachability() != QNetworkInformation::Reachability::Disconnected)
        m_controller->syncNow();
}

void MainWindow::recountIfChanged()
{
    try {
        if (m_dataVersion->changed())
            updateCounts();
    } catch (const StoreError &) {
        // Read again at the next tick.
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, QWidget *page)
{
    page->setObjectName(name);
    m_pages->addWidget(page);
    addNavigation(name);
}

// The page's place in the stack now, the page itself (and its first reads of
// the database) when first shown or asked for: the window opens without them.
void MainWindow::addLazyPage(const QString &name, std::function<QWidget *()> make)
{
    auto *holder = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(holder);
    m_lazyPages.insert(name, {holder, std::move(make), nullptr});
    addNavigation(name);
}

void MainWindow::addNavigation(const QString &name)
{
    const int number = m_navigation->count() + 1;
    auto *item = new QListWidgetItem(name, m_navigation);
    if (number > 9)
        return;
    // Ctrl+1 Dispense, Ctrl+2 Stock, ...: every page one chord away.
    const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
    item->setToolTip(tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)));
    auto *action = new QAction(this);
    action->setShortcut(keys);
    connect(action, &QAction::triggered, this, [this, name] {
        showPage(name);
        if (QWidget *shown = makePage(name))
            shown->setFocus();
    });
    addAction(action);
}

QWidget *MainWindow::makePage(const QString &name)
{
    const auto lazy = m_lazyPages.find(name);
    if (lazy == m_lazyPages.end())
        return m_pages->findChild<QWidget *>(name, Qt::FindDirectChildrenOnly);
    if (!lazy->page) {
        QWidget *made = lazy->make();
        made->setObjectName(name);
        lazy->holder->layout()->addWidget(made);
        lazy->page = made;
    }
    return lazy->page;
}

QWidget *MainWindow::madePage(const QString &name) const
{
    const auto lazy = m_lazyPages.constFind(name);
    return lazy == m_lazyPages.cend() ? nullptr : lazy->page;
}

void MainWindow::addLazyPages()
{
    Database &db = m_store->db;
    addLazyPage(tr("Stock"), [this, &db] {
        auto *stock = new StockPage(db, this);
        connect(stock->addButton(tr("&Count stock…")), &QPushButton::clicked, this,
                &MainWindow::openStockCount);
        connect(stock->addButton(tr("Count a &location…")), &QPushButton::clicked, this,
                &MainWindow::openLocationCount);
        return stock;
    });
    addLazyPage(tr("Receive goods"), [this] {
        m_receive = new ReceivePage(*m_store, m_context, this);
        connect(m_receive, &ReceivePage::changed, this, &MainWindow::localChange);
        return m_receive;
    });
    addLazyPage(tr("Patients"), [this, &db] { return makePatientsPage(db); });
    addLazyPage(tr("Invoices"), [this, &db] {
        auto *invoices = new InvoicesPage(db, this);
        connect(invoices->addButton(tr("&Receive goods…")), &QPushButton::clicked, this,
                &MainWindow::receiveSelectedInvoice);
        return invoices;
    });
    addLazyPage(tr("Items"), [this, &db] {
        return new RecordPage(db, tr("Items"), RecordViews::items(), tr("Batches"),
                              RecordViews::batches, this);
    });
    addLazyPage(tr("Names"), [this, &db] {
        return new RecordPage(db, tr("Names"), RecordViews::names(), tr("Invoices"),
                              RecordViews::invoicesOf, this);
    });
}

QWidget *MainWindow::makePatientsPage(Database &db)
{
    auto *patients = new RecordPage(db, tr("Patients"), RecordViews::patients(),
                                    tr("Dispensing history"), {}, this);
    m_history = new PatientHistoryPane(*m_store, m_context, m_questions, patients);
    patients->setDetailsPane(m_history, m_history->model());
    connect(patients, &RecordPage::currentIdChanged, m_history, &PatientHistoryPane::showPatient);
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
    return patients;
}

PatientHistoryPane *MainWindow::patientHistory()
{
    makePage(tr("Patients"));
    return m_history;
}

ReceivePage *MainWindow::receivePage()
{
    makePage(tr("Receive goods"));
    return m_receive;
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
}

// The selected invoice when it waits to be received; else the page lists those that do.
void MainWindow::receiveSelectedInvoice()
{
    ReceivePage *receive = receivePage();
    receive->refresh({QStringLiteral("transact")});
    receive->showInvoice(page(tr("Invoices"))->currentId());
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

RecordPage *MainWindow::page(const QString &name)
{
    return qobject_cast<RecordPage *>(makePage(name));
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
    // Escape stops a sync, but only while one runs: otherwise it stays the pages' own.
    m_cancelSync = file->addAction(tr("&Cancel the sync"), m_controller, &SyncController::cancel);
    m_cancelSync->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelSync->setEnabled(false);
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("&Log out…"), this, &MainWindow::confirmLogOut);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
        = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::openShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Copy support information"), this, &MainWindow::copySupportInformation);
    help->addSeparator();
    help->addAction(tr("&About Satellite"), this, &MainWindow::openAbout);
}

void MainWindow::openShortcuts()
{
    QList<ShortcutsDialog::Shortcut> shortcuts;
    for (int row = 0; row < m_navigation->count() && row < 9; ++row)
        shortcuts.append({QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)),
                          tr("Go to %1").arg(m_navigation->item(row)->text())});
    for (const QAction *menu : menuBar()->actions()) {
        for (const QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                shortcuts.append({action->shortcut(), QString(action->text()).remove(u'&')});
        }
    }
    shortcuts += ShortcutsDialog::workShortcuts();
    auto *dialog = new ShortcutsDialog(shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAbout()
{
    try {
        auto *dialog = new AboutDialog(SupportInfo::gather(*m_store, m_context), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const StoreError &error) {
        statusBar()->showMessage(tr("The details cannot be read now: %1").arg(error.message()),
                                 10000);
    }
}

void MainWindow::copySupportInformation()
{
    try {
        QGuiApplication::clipboard()->setText(
            SupportInfo::gather(*m_store, m_context).supportText());
        statusBar()->showMessage(tr("Support information copied: paste it into your message."),
                                 10000);
    } catch (const StoreError &error) {
        statusBar()->showMessage(tr("The details cannot be read now: %1").arg(error.message()),
                                 10000);
    }
}

bool MainWindow::closesToTray() const
{
    return m_tray && m_tray->isVisible() && !m_quitting;
}

void MainWindow::quit()
{
    m_quitting = true;
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closesToTray()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    hide();
    // Said once: where the window went, and that syncing goes on.
    QSettings settings;
    const QString explained = QStringLiteral("ui/trayExplained");
    if (!settings.value(explained).toBool()) {
        m_tray->showMessage(tr("Satellite is still running"),
                            tr("It keeps syncing in the background. Click its icon to open the "
                               "window again; Quit in the icon's menu stops it."));
        settings.setValue(explained, true);
    }
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    const auto showWindow = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    menu->addAction(tr("Show Satellite"), this, showWindow);
    menu->addAction(tr("Sync now"), m_controller, &SyncController::syncNow);
    menu->addAction(tr("Quit"), this, &MainWindow::quit);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [showWindow](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    showWindow();
            });
    // Hidden to the tray, the app goes on: closing the window is not quitting.
    QGuiApplication::setQuitOnLastWindowClosed(false);
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
    // A page not made yet reads everything when it is.
    const auto refresh = [this](const QString &name) {
        if (auto *made = qobject_cast<RecordPage *>(madePage(name)))
            made->refresh();
    };
    if (touches({u"item", u"item_line", u"Location"}))
        refresh(tr("Stock"));
    if (touches({u"name", u"name_store_join", u"transact"}))
        refresh(tr("Patients")); // with the selected patient's dispensings
    if (touches({u"name", u"name_store_join"}))
        refresh(tr("Names"));
    if (touches({u"transact", u"trans_line", u"name"}))
        refresh(tr("Invoices"));
    if (touches({u"item"}))
        refresh(tr("Items"));
    m_dispense->refresh(types);
    if (m_receive)
        m_receive->refresh(types);
}

void MainWindow::syncFinished(const SyncOutcome &outcome)
{
    setSyncing(false);
    m_status->setOutcome(outcome);
    if (m_tray)
        m_tray->setToolTip(outcome.error.isError() ? outcome.error.describe() : windowTitle());
    m_syncPage->showOutcome(outcome);
    if (outcome.error.kind == SyncError::Kind::None)
        m_status->setLastSynced(QDateTime::currentDateTimeUtc());
    updateBanner();
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
