// The desktop app's windows against a real primary-sim over loopback, under
// QT_QPA_PLATFORM=offscreen. With SATELLITE_SCREENSHOTS=DIR (and a real
// display, e.g. under xvfb-run), it also saves the README's screenshots.

#include "AppLanguage.h"
#include "AppSettings.h"
#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "domain/Dispensing.h"
#include "domain/GoodsReceipt.h"
#include "domain/PatientHistory.h"
#include "domain/PatientRegistry.h"
#include "domain/RecordFields.h"
#include "domain/WorkLookups.h"
#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/SyncController.h"
#include "widgets/RecordPage.h"
#include "widgets/SyncPage.h"
#include "widgets/SyncStatusBar.h"
#include "windows/LoginDialog.h"
#include "windows/MainWindow.h"
#include "windows/SettingsDialog.h"
#include "work/DispenseLinesModel.h"
#include "work/DispensePage.h"
#include "work/DraftList.h"
#include "work/PatientDialog.h"
#include "work/PatientHistoryModel.h"
#include "work/PatientHistoryPane.h"
#include "work/ReceivePage.h"
#include "work/RemotePatientDialog.h"
#include "work/SearchPicker.h"
#include "work/StockCountDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace satellite;
using namespace satellite::ui;

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrimarySimProcess m_primary;
    QString m_synced; // a database synced with demo-clinic

    void resetHardware()
    {
        HttpClient admin(m_primary.url());
        QCOMPARE(admin.post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "").status,
                 200);
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("SATELLITE_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(widget->grab().save(directory + u'/' + name + QStringLiteral(".png")));
    }

    static qint64 count(const QString &databasePath, const char *sql)
    {
        LocalStore store(databasePath, QStringLiteral("count"));
        SqlStatement query(store.db.handle(), sql);
        return query.step() ? query.integer(0) : -1;
    }

    // An item this store can dispense from, and how many units it has free.
    struct StockedItem
    {
        WorkLookups::Item item;
        double freeUnits = 0;
    };
    static StockedItem stockedItem(LocalStore &store, double atLeast, int skip = 0)
    {
        const WorkContext context = WorkContext::fromSettings(store.settings);
        WorkLookups lookups(store, context);
        for (const WorkLookups::Item &item : lookups.items()) {
            double free = 0;
            for (const Batch &batch : lookups.batches(item.id)) {
                if (!batch.hold && !batch.isExpired(context.today()))
                    free += batch.availableUnits();
            }
            if (free >= atLeast && !item.code.isEmpty() && skip-- <= 0)
                return {item, free};
        }
        return {};
    }

    static double freeUnits(LocalStore &store, const QString &itemId)
    {
        const WorkContext context = WorkContext::fromSettings(store.settings);
        double free = 0;
        for (const Batch &batch : WorkLookups(store, context).batches(itemId))
            free += batch.availableUnits();
        return free;
    }

    // This store's dispensings of a patient, by status.
    static QStringList dispensings(LocalStore &store, const QString &patientId,
                                   const QString &status)
    {
        QStringList ids;
        for (const StoredRecord &invoice :
             store.queries.linkedTo(QStringLiteral("transact"), patientId)) {
            const RecordFields fields(invoice.data);
            if (fields.text(QStringLiteral("mode")) == u"dispensary"
                && fields.text(QStringLiteral("status")) == status)
                ids.append(invoice.id);
        }
        return ids;
    }

    static double unitsOf(LocalStore &store, const QString &invoiceId)
    {
        double units = 0;
        for (const StoredRecord &line :
             store.queries.linkedTo(QStringLiteral("trans_line"), invoiceId)) {
            const RecordFields fields(line.data);
            units += fields.number(QStringLiteral("quantity"))
                * fields.number(QStringLiteral("pack_size"));
        }
        return units;
    }

    static void activate(QWidget *window)
    {
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

    // Types into the focused widget and presses Enter, as the pharmacist does.
    static void typeAndEnter(const QString &text)
    {
        QVERIFY(focused());
        QTest::keyClicks(focused(), text);
        QTest::keyClick(focused(), Qt::Key_Return);
    }

    // The status bar says how many changes wait to go out.
    static bool statusSaysWaiting(MainWindow &window, qint64 waiting)
    {
        const QString expected
            = SyncStatusBar::tr("%n change(s) waiting to go out", nullptr, int(waiting));
        for (const QLabel *label : window.syncStatus()->findChildren<QLabel *>()) {
            if (label->text() == expected)
                return true;
        }
        return false;
    }

    // A visible label of the status bar starts with `text`.
    static bool statusShows(MainWindow &window, const QString &text)
    {
        for (const QLabel *label : window.syncStatus()->findChildren<QLabel *>()) {
            if (!label->isHidden() && label->text().startsWith(text))
                return true;
        }
        return false;
    }

    // Patient and prescriber picked by keyboard, the item box ready.
    static void pickPatientAndPrescriber(DispensePage *page, const Patient &patient,
                                         const WorkLookups::Prescriber &prescriber)
    {
        QTest::keyClick(page->window(), Qt::Key_1, Qt::ControlModifier); // the Dispense page
        QTRY_COMPARE(focused(), page->patientPicker()->field());
        // Name in the other word order than mSupply writes it.
        QTest::keyClicks(focused(), patient.first + u' ' + patient.last);
        QVERIFY(page->patientPicker()->matches()->isVisible());
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(page->patientPicker()->pickedId(), patient.id);
        QCOMPARE(focused(), page->prescriberPicker()->field());
        typeAndEnter(prescriber.code);
        QCOMPARE(page->prescriberPicker()->pickedId(), prescriber.id);
        QCOMPARE(focused(), page->itemPicker()->field());
    }

    static void addLineByKeyboard(DispensePage *page, const WorkLookups::Item &item,
                                  const QString &units, const QString &directions)
    {
        QCOMPARE(focused(), page->itemPicker()->field());
        typeAndEnter(item.code);
        QCOMPARE(page->itemPicker()->pickedId(), item.id);
        QCOMPARE(focused(), page->quantityField());
        typeAndEnter(units);
        QCOMPARE(focused(), page->directionsField());
        typeAndEnter(directions);
        QCOMPARE(focused(), page->itemPicker()->field()); // ready for the next item
    }

    struct WorkSetup
    {
        Patient patient;
        WorkLookups::Prescriber prescriber;
    };
    static WorkSetup workSetup(LocalStore &store, int which = 0)
    {
        const WorkContext context = WorkContext::fromSettings(store.settings);
        WorkSetup setup;
        int seen = 0;
        for (const Patient &patient : PatientRegistry(store, context).search(QString(), 200)) {
            // Adults: what they are given suits them.
            if (patient.first.isEmpty() || patient.last.isEmpty() || !patient.dateOfBirth.isValid()
                || patient.dateOfBirth.addYears(18) > context.today())
                continue;
            // The first patient this search finds is the one the picker offers first.
            const QList<Patient> same
                = PatientRegistry(store, context).search(patient.first + u' ' + patient.last, 1);
            if (same.first().id == patient.id && seen++ == which) {
                setup.patient = patient;
                break;
            }
        }
        setup.prescriber = WorkLookups(store, context).prescribers().first();
        return setup;
    }

    // A patient registered at north-health-centre through the CLI, synced to
    // `primary`: a patient of another clinic for the demo clinic.
    QString registerAtNorth(const QUrl &primary, const QString &first, const QString &last)
    {
        const QString path = m_dir.filePath(QStringLiteral("north-%1.sqlite").arg(primary.port()));
        SatelliteCli north(path);
        if (!QFile::exists(path)
            && north.login(primary.toString(), QStringLiteral("north-health-centre"),
                           QStringLiteral("north"))
                    .exitCode
                != 0)
            return {};
        const auto added = north.run({QStringLiteral("patient"), QStringLiteral("add"),
                                      QStringLiteral("--first"), first, QStringLiteral("--last"),
                                      last, QStringLiteral("--dob"), QStringLiteral("1984-06-12"),
                                      QStringLiteral("--json")});
        if (added.exitCode != 0 || north.run({QStringLiteral("sync")}).exitCode != 0)
            return {};
        return QJsonDocument::fromJson(added.out).object().value(u"id").toString();
    }

    // The patient found by name and selected, as the pharmacist does.
    static bool selectPatient(RecordPage *patients, const QString &name, const QString &id)
    {
        patients->search(name);
        return patients->selectId(id);
    }

    static RemotePatientDialog *remoteSearchOf(MainWindow &window)
    {
        return window.findChild<RemotePatientDialog *>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
        QCoreApplication::setOrganizationName(QStringLiteral("satellite-tests"));
        // As the app starts in English: with its plural forms ("95 rows").
        satellite::ui::AppLanguage::install(qApp, QLocale()); // the locale stays as it is
        qputenv("SATELLITE_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_primary.start({QStringLiteral("--demo"), QStringLiteral("small")}));
        m_synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
    }

    void init() { resetHardware(); }

    void loginSucceedsAndShowsTheSite()
    {
        SyncController controller(m_synced);
        LoginDialog dialog(&controller);
        dialog.show();
        dialog.urlField()->setText(m_primary.url().toString());
        dialog.siteField()->setText(QStringLiteral("demo-clinic"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        saveScreenshot(&dialog, QStringLiteral("login"));
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(loggedIn.wait(60000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Every record the primary sent for demo-clinic, now held here.
        const qint64 held = count(m_synced, "SELECT count(*) FROM record");
        QVERIFY(held > 2000);
        QVERIFY2(dialog.messageLabel()->text().contains(QString::number(held)),
                 qPrintable(dialog.messageLabel()->text()));
    }

    void loginIgnoresSyncsItDidNotStart()
    {
        SyncController controller(m_synced);
        LoginDialog dialog(&controller);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow(); // the main window's sync, say
        QVERIFY(finished.wait(60000));
        QCOMPARE(loggedIn.size(), 0);
    }

    void loginFailuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("lockFirst");
        QTest::addColumn<QString>("advice");
        QTest::newRow("wrong password")
            << QString() << QStringLiteral("wrong") << false << QStringLiteral("password is wrong");
        QTest::newRow("hardware lock") << QString() << QStringLiteral("demo") << true
                                       << QStringLiteral("registered to another computer");
        QTest::newRow("unreachable")
            << QStringLiteral("http://127.0.0.1:9") << QStringLiteral("demo") << false
            << QStringLiteral("Cannot reach the server");
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://example.org") << QStringLiteral("demo") << false
            << QStringLiteral("Plain http");
    }

    void loginFailuresSayWhatToDo()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(bool, lockFirst);
        QFETCH(QString, advice);
        if (lockFirst) {
            HttpClient other(m_primary.url());
            other.setCredentials(SiteCredentials::fromPassword(QStringLiteral("demo-clinic"),
                                                               QStringLiteral("demo")));
            other.setHardwareUuid("another-computer");
            QCOMPARE(other.get(QStringLiteral("/sync/v2/site/")).status, 200);
        }
        const QString path = m_dir.filePath(QStringLiteral("failing.sqlite"));
        SyncController controller(path);
        LoginDialog dialog(&controller);
        dialog.show();
        dialog.urlField()->setText(url.isEmpty() ? m_primary.url().toString() : url);
        dialog.siteField()->setText(QStringLiteral("demo-clinic"));
        dialog.passwordField()->setText(password);
        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(dialog.messageLabel()->text().contains(advice),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.isVisible()); // still there to try again
        QVERIFY(dialog.connectButton()->isEnabled());
    }

    void mainWindowShowsTheSyncedStore()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::pair<const char *, const char *> pages[] = {
            {"Stock", // in stock only, at first
             "SELECT count(*) FROM record i WHERE type = 'item' AND (SELECT sum(units) FROM "
             "record l WHERE l.type = 'item_line' AND l.link_id = i.id) > 0"},
            {"Patients", "SELECT count(*) FROM record WHERE type = 'name' AND kind = 'patient'"},
            {"Invoices", "SELECT count(*) FROM record WHERE type = 'transact'"},
            {"Items", "SELECT count(*) FROM record WHERE type = 'item'"},
            {"Names", "SELECT count(*) FROM record WHERE type = 'name' AND kind <> 'patient'"},
        };
        for (const auto &[name, sql] : pages) {
            RecordPage *page = window.page(QString::fromLatin1(name));
            QVERIFY(page);
            QAbstractItemModelTester tester(page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const qint64 expected = count(m_synced, sql);
            QVERIFY(expected > 0);
            QCOMPARE(page->model()->totalRows(), expected);
            while (page->model()->canFetchMore({}))
                page->model()->fetchMore({});
            QCOMPARE(page->model()->rowCount(), expected);
            // Details of the first row, and a filter keystroke.
            page->table()->setCurrentIndex(page->model()->index(0, 0));
            QAbstractItemModelTester detailsTester(
                page->detailsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            page->model()->setSearchText(QStringLiteral("zzzz-nothing"));
            QCOMPARE(page->model()->rowCount(), 0);
            page->model()->setSearchText(QString());
        }
        // A grouped page counts its rows in the pass that reads its first page.
        RecordPage *filtered = window.page(QStringLiteral("Stock"));
        filtered->model()->setSearchText(QStringLiteral("a"));
        const qint64 matching = count(m_synced,
                                      "SELECT count(*) FROM record i WHERE type = 'item' "
                                      "AND (name LIKE '%a%' OR code LIKE '%a%') AND (SELECT "
                                      "sum(units) FROM record l WHERE l.type = 'item_line' AND "
                                      "l.link_id = i.id) > 0");
        QVERIFY(matching > 0 && matching < count(m_synced, pages[0].second));
        QCOMPARE(filtered->model()->totalRows(), matching);
        filtered->model()->setSearchText(QString());
        // Stock with a batch selected, for the README.
        window.showPage(QStringLiteral("Stock"));
        RecordPage *stock = window.page(QStringLiteral("Stock"));
        stock->model()->sort(2, Qt::DescendingOrder);
        stock->table()->setCurrentIndex(stock->model()->index(0, 0));
        QVERIFY(stock->detailsModel()->rowCount() > 0);
        QVERIFY(stock->model()->data(stock->model()->index(0, 2)).toString() != u"0");
        saveScreenshot(&window, QStringLiteral("stock"));
        window.showPage(QStringLiteral("Invoices"));
        RecordPage *invoices = window.page(QStringLiteral("Invoices"));
        invoices->table()->setCurrentIndex(invoices->model()->index(0, 0));
        saveScreenshot(&window, QStringLiteral("invoices"));
    }

    void screenQueriesBindTheirValues()
    {
        LocalStore store(m_synced, QStringLiteral("check"));
        const StockedItem stocked = stockedItem(store, 1);
        QueryTableModel batches(store.db, RecordViews::batches(stocked.item.id));
        QAbstractItemModelTester tester(&batches,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            batches.totalRows(),
            qint64(store.queries.linkedTo(QStringLiteral("item_line"), stocked.item.id).size()));
        // An ID or a search is a value, never SQL: quotes find nothing, and break nothing.
        QueryTableModel injected(store.db, RecordViews::batches(QStringLiteral("x' OR '1'='1")));
        QCOMPARE(injected.totalRows(), 0);
        QVERIFY(injected.problem().isEmpty());
        QueryTableModel patients(store.db, RecordViews::patients());
        patients.setSearchText(QStringLiteral("O'Brien%' OR '1'='1"));
        QCOMPARE(patients.totalRows(), 0);
        QVERIFY(patients.problem().isEmpty());
        // The order asked for is the column's own.
        QueryTableModel invoices(store.db, RecordViews::invoices());
        invoices.sort(0, Qt::DescendingOrder);
        QVERIFY(invoices.rowCount() > 1);
        QVERIFY(QLocale().toDouble(invoices.data(invoices.index(0, 0)).toString())
                >= QLocale().toDouble(invoices.data(invoices.index(1, 0)).toString()));
    }

    void settingsAreSavedAndApplied()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.openSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        saveScreenshot(dialog, QStringLiteral("settings"));
        dialog->intervalBox()->setValue(5);
        QCOMPARE(
            dialog->serverField()->text(),
            m_primary.url().toString().chopped(m_primary.url().toString().endsWith(u'/') ? 1 : 0));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(AppSettings().autoSyncMinutes(), 5);
        AppSettings().setAutoSyncMinutes(10);
    }

    void logOutForgetsTheSite()
    {
        const QString path = m_dir.filePath(QStringLiteral("logout.sqlite"));
        SatelliteCli cli(path);
        QCOMPARE(cli.login(m_primary.url().toString(), QStringLiteral("demo-clinic"),
                           QStringLiteral("demo"))
                     .exitCode,
                 0);
        SyncController controller(path);
        MainWindow window(path, &controller);
        connect(&window, &MainWindow::logOutRequested, &controller, &SyncController::logOut);
        QSignalSpy loggedOut(&controller, &SyncController::loggedOut);
        emit window.logOutRequested();
        QVERIFY(loggedOut.wait(30000));
        QCOMPARE(count(path, "SELECT count(*) FROM record"), 0);
        QCOMPARE(count(path, "SELECT count(*) FROM setting WHERE key = 'site_name'"), 0);
        QCOMPARE(count(path, "SELECT count(*) FROM setting WHERE key = 'installation_id'"), 1);
        QVERIFY(!QFile::exists(path + QStringLiteral(".credentials")));
    }

    void syncNowCancelAndRefresh()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QAbstractItemModelTester history(window.syncPage()->historyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quarantine(window.syncPage()->quarantineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 runsBefore = window.syncPage()->historyModel()->totalRows();
        RecordPage *items = window.page(QStringLiteral("Items"));
        const qint64 itemsBefore = items->model()->totalRows();

        // New records on the primary reach the view after Sync now.
        const QString id = QStringLiteral("00000000000000000000000000ABCDEF");
        HttpClient admin(m_primary.url());
        const QByteArray record = "[{\"SyncID\":\"GUI-1\",\"RecordType\":\"item\",\"RecordID\":\""
            + id.toUtf8() + "\",\"SyncType\":\"I\",\"Data\":{\"ID\":\"" + id.toUtf8()
            + "\",\"item_name\":\"Zinc 20mg\",\"code\":\"ZN20\"}}]";
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/queue"), record,
                           QUrlQuery{{QStringLiteral("site"), QStringLiteral("demo-clinic")}})
                     .status,
                 200);
        QSignalSpy finished(&controller, &SyncController::finished);
        QPushButton *button = window.syncStatus()->syncButton();
        QCOMPARE(button->text(), QStringLiteral("Sync now"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind, SyncError::Kind::None);
        QCOMPARE(button->text(), QStringLiteral("Sync now"));
        QCOMPARE(items->model()->totalRows(), itemsBefore + 1);
        QCOMPARE(window.syncPage()->historyModel()->totalRows(), runsBefore + 1);

        // Cancel while a slow sync runs: not an error, and the button comes back.
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{\"delay_ms\": 1500}").status, 200);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(button->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind,
                 SyncError::Kind::Cancelled);
        QCOMPARE(button->text(), QStringLiteral("Sync now"));
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), "{}").status, 200);
    }

    void dispensingByKeyboardOnly()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkSetup setup = workSetup(store);
        const StockedItem stocked = stockedItem(store, 10);
        QVERIFY(!setup.patient.id.isEmpty() && !stocked.item.id.isEmpty());
        const QStringList before = dispensings(store, setup.patient.id, QStringLiteral("fn"));
        const qint64 waitingBefore = store.outgoing.count();

        DispensePage *page = window.dispensePage();
        pickPatientAndPrescriber(page, setup.patient, setup.prescriber);
        if (QTest::currentTestFailed())
            return;
        addLineByKeyboard(page, stocked.item, QStringLiteral("4"),
                          QStringLiteral("1 tablet twice a day"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->linesModel()->rowCount(), 1);
        const DispenseLinesModel::Entry &line = page->linesModel()->entries().first();
        QVERIFY2(line.problem.isEmpty(), qPrintable(line.problem));
        QVERIFY(!line.issues.isEmpty()); // the batches it will come from, shown before saving
        QVERIFY(!page->linesModel()
                     ->data(page->linesModel()->index(0, DispenseLinesModel::Batches))
                     .toString()
                     .isEmpty());
        QVERIFY(page->totalLabel()->text().startsWith(u"Total"));

        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); // save and finish
        QVERIFY2(page->messageLabel()->text().startsWith(u"Dispensed"),
                 qPrintable(page->messageLabel()->text()));
        QCOMPARE(focused(), page->patientPicker()->field()); // ready for the next patient

        const QStringList after = dispensings(store, setup.patient.id, QStringLiteral("fn"));
        QCOMPARE(after.size(), before.size() + 1);
        QString created;
        for (const QString &id : after) {
            if (!before.contains(id))
                created = id;
        }
        QCOMPARE(unitsOf(store, created), 4.0);
        const RecordFields invoice(store.queries.find(QStringLiteral("transact"), created)->data);
        QCOMPARE(invoice.text(QStringLiteral("prescriber_ID")), setup.prescriber.id);
        QCOMPARE(freeUnits(store, stocked.item.id), stocked.freeUnits - 4);
        QVERIFY(store.outgoing.count() > waitingBefore);
        QVERIFY(statusSaysWaiting(window, store.outgoing.count()));

        // The label: printed or saved as a PDF.
        QCOMPARE(page->labels().labels().size(), 1);
        QCOMPARE(page->labels().labels().first().directions,
                 QStringLiteral("1 tablet twice a day"));
        const QString pdf = m_dir.filePath(QStringLiteral("label.pdf"));
        QVERIFY(page->labels().writePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
    }

    void dispensingRefusedForTooLittleStock()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkSetup setup = workSetup(store, 1);
        const StockedItem plenty = stockedItem(store, 10);
        const StockedItem scarce = stockedItem(store, 1, 1);
        QVERIFY(!scarce.item.id.isEmpty() && scarce.item.id != plenty.item.id);
        const qint64 waitingBefore = store.outgoing.count();
        const qint64 invoicesBefore = store.records.count(QStringLiteral("transact"));

        DispensePage *page = window.dispensePage();
        pickPatientAndPrescriber(page, setup.patient, setup.prescriber);
        if (QTest::currentTestFailed())
            return;
        addLineByKeyboard(page, plenty.item, QStringLiteral("10"),
                          QStringLiteral("1 tablet 3 times a day after food, for 3 days"));
        if (QTest::currentTestFailed())
            return;
        const QString tooMany = QLocale().toString(scarce.freeUnits + 1000, 'g', 12);
        addLineByKeyboard(page, scarce.item, tooMany, QStringLiteral("1 twice a day"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->linesModel()->rowCount(), 2);
        // The refusal stands beside its line, in words; the other line is fine.
        const QString problem
            = page->linesModel()
                  ->data(page->linesModel()->index(1, DispenseLinesModel::Batches))
                  .toString();
        QVERIFY2(
            problem.startsWith(QStringLiteral("Cannot dispense: Not enough ") + scarce.item.name),
            qPrintable(problem));
        QVERIFY(page->linesModel()->entries().first().problem.isEmpty());

        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page->messageLabel()->text().contains(u"Nothing was saved"),
                 qPrintable(page->messageLabel()->text()));
        QVERIFY(page->messageLabel()->text().contains(u"Not enough"));
        saveScreenshot(&window, QStringLiteral("dispense"));
        QCOMPARE(store.records.count(QStringLiteral("transact")), invoicesBefore);
        QCOMPARE(store.outgoing.count(), waitingBefore);
        QCOMPARE(freeUnits(store, scarce.item.id), scarce.freeUnits);
        QCOMPARE(page->linesModel()->rowCount(), 2); // still there to correct

        // Removing the line (Delete) lets the rest go through.
        page->linesView()->setFocus();
        page->linesView()->setCurrentIndex(page->linesModel()->index(1, 0));
        QTest::keyClick(page->linesView(), Qt::Key_Delete);
        QCOMPARE(page->linesModel()->rowCount(), 1);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page->messageLabel()->text().startsWith(u"Dispensed"),
                 qPrintable(page->messageLabel()->text()));
        QCOMPARE(store.records.count(QStringLiteral("transact")), invoicesBefore + 1);
    }

    void draftIsKeptReopenedAndFinished()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkSetup setup = workSetup(store, 2);
        const StockedItem stocked = stockedItem(store, 10);
        const double free = freeUnits(store, stocked.item.id);

        DispensePage *page = window.dispensePage();
        pickPatientAndPrescriber(page, setup.patient, setup.prescriber);
        if (QTest::currentTestFailed())
            return;
        addLineByKeyboard(page, stocked.item, QStringLiteral("3"), QString());
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier); // keep as draft
        QVERIFY2(page->messageLabel()->text().startsWith(u"Kept as draft"),
                 qPrintable(page->messageLabel()->text()));
        const QStringList drafts = dispensings(store, setup.patient.id, QStringLiteral("nw"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(freeUnits(store, stocked.item.id), free - 3); // set aside

        // Reopened from the drafts list with Enter, one more unit, then finished.
        QTableWidget *table = page->drafts()->table();
        QTRY_VERIFY(table->rowCount() > 0);
        int row = 0;
        while (table->item(row, 0)->data(Qt::UserRole).toString() != drafts.first())
            ++row;
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(page->patientPicker()->pickedId(), setup.patient.id);
        QCOMPARE(page->linesModel()->rowCount(), 1);
        addLineByKeyboard(page, stocked.item, QStringLiteral("1"), QString());
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page->messageLabel()->text().startsWith(u"Dispensed"),
                 qPrintable(page->messageLabel()->text()));
        QVERIFY(dispensings(store, setup.patient.id, QStringLiteral("nw")).isEmpty());
        QVERIFY(
            dispensings(store, setup.patient.id, QStringLiteral("fn")).contains(drafts.first()));
        QCOMPARE(unitsOf(store, drafts.first()), 4.0);
        QCOMPARE(freeUnits(store, stocked.item.id), free - 4);
        QTRY_COMPARE(table->rowCount(), 0);
    }

    void patientIsRegisteredAndEdited()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        window.showPage(QStringLiteral("Patients"));
        window.openPatientDialog(true);
        auto *dialog = window.findChild<PatientDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString code = dialog->codeField()->text();
        QVERIFY(code.startsWith(u'P')); // proposed
        QTest::keyClicks(dialog->firstField(), QStringLiteral("Amina"));
        QTest::keyClicks(dialog->lastField(), QStringLiteral("Okonkwo-Test"));
        QTest::keyClicks(dialog->birthField(), QStringLiteral("1990-02-30")); // no such day
        dialog->save();
        QVERIFY(dialog->messageLabel()->text().contains(u"year-month-day"));
        dialog->birthField()->setText(QStringLiteral("1990-03-04"));
        dialog->genderBox()->setCurrentIndex(1);
        QTest::keyClicks(dialog->healthNumberField(), QStringLiteral("NHN-778899"));
        dialog->save();
        const QList<Patient> found
            = PatientRegistry(store, WorkContext::fromSettings(store.settings))
                  .search(QStringLiteral("okonkwo-test amina"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, code);
        QCOMPARE(found.first().dateOfBirth, QDate(1990, 3, 4));
        QCOMPARE(found.first().nationalHealthNumber, QStringLiteral("NHN-778899"));
        RecordPage *patients = window.page(QStringLiteral("Patients"));
        QCOMPARE(patients->currentId(), found.first().id);
        QVERIFY(patients->noteLabel()->text().contains(code));

        QTRY_VERIFY(!window.findChild<PatientDialog *>()); // closed and gone
        window.openPatientDialog(false);
        QTRY_VERIFY(window.findChild<PatientDialog *>());
        dialog = window.findChild<PatientDialog *>();
        QCOMPARE(dialog->firstField()->text(), QStringLiteral("Amina"));
        dialog->phoneField()->setText(QStringLiteral("+254 700 000111"));
        dialog->save();
        QCOMPARE(PatientRegistry(store, WorkContext::fromSettings(store.settings))
                     .find(found.first().id)
                     ->phone,
                 QStringLiteral("+254 700 000111"));
    }

    void supplierInvoiceIsReceived()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        const QStringList waiting = GoodsReceipt(store, context).waiting();
        QVERIFY2(!waiting.isEmpty(), "the demo clinic has supplier invoices waiting");
        const QString id = waiting.first();
        const auto invoice = WorkLookups(store, context).waitingInvoice(id);
        QVERIFY(invoice && !invoice->lines.isEmpty());

        window.showPage(QStringLiteral("Receive goods"));
        ReceivePage *page = window.receivePage();
        QVERIFY(page->showInvoice(id));
        QTableWidget *lines = page->linesTable();
        QCOMPARE(lines->rowCount(), int(invoice->lines.size()));
        // One pack fewer arrived on the first line, with another batch.
        const double received = std::max(0.0, invoice->lines.first().packs - 1);
        lines->item(0, ReceivePage::PacksReceived)->setText(QLocale().toString(received));
        lines->item(0, ReceivePage::BatchNumber)->setText(QStringLiteral("GUI-RECEIVED-1"));
        lines->item(0, ReceivePage::Expiry)->setText(QStringLiteral("20x9-01-01"));
        page->receive(); // a date that cannot be read: nothing is written
        QVERIFY(page->messageLabel()->text().contains(u"year-month-day"));
        QVERIFY(GoodsReceipt(store, context).waiting().contains(id));
        lines->item(0, ReceivePage::Expiry)->setText(QStringLiteral("2029-01-31"));
        saveScreenshot(&window, QStringLiteral("receive"));
        const qint64 waitingBefore = store.outgoing.count();
        QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page->messageLabel()->text().contains(u"received"),
                 qPrintable(page->messageLabel()->text()));

        QVERIFY(!GoodsReceipt(store, context).waiting().contains(id));
        const RecordFields status(store.queries.find(QStringLiteral("transact"), id)->data);
        QCOMPARE(status.text(QStringLiteral("status")), QStringLiteral("fn"));
        const RecordFields line(
            store.queries.find(QStringLiteral("trans_line"), invoice->lines.first().id)->data);
        const auto batch = store.queries.find(QStringLiteral("item_line"),
                                              line.text(QStringLiteral("item_line_ID")));
        QVERIFY(batch);
        const Batch received1 = Batch::from(*batch);
        QCOMPARE(received1.batch, QStringLiteral("GUI-RECEIVED-1"));
        QCOMPARE(received1.expiry, QDate(2029, 1, 31));
        QCOMPARE(received1.onHand, received);
        QVERIFY(store.outgoing.count() > waitingBefore);
        QVERIFY(statusSaysWaiting(window, store.outgoing.count()));
        for (int row = 0; row < page->invoiceList()->count(); ++row)
            QVERIFY(page->invoiceList()->item(row)->data(Qt::UserRole).toString() != id);
    }

    void stockIsCounted()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const StockedItem stocked = stockedItem(store, 1, 2);
        window.showPage(QStringLiteral("Stock"));
        RecordPage *stock = window.page(QStringLiteral("Stock"));
        stock->model()->setSearchText(stocked.item.code);
        QVERIFY(stock->selectId(stocked.item.id));
        window.openStockCount();
        auto *dialog = window.findChild<StockCountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->rowCount() > 0);
        const Batch batch = dialog->batchAt(0);
        const double counted = batch.onHandUnits() + batch.packSize * 2; // two packs found
        const QString storeId = WorkContext::fromSettings(store.settings).storeId;
        const auto adjustments = [&] {
            return store.queries.ofKind(QStringLiteral("transact"), QStringLiteral("in"), storeId)
                .size();
        };
        const qsizetype adjustmentsBefore = adjustments();
        QTest::keyClicks(dialog->countedField(0), QLocale().toString(counted, 'g', 12));
        dialog->save(); // no reason yet: refused, nothing written
        QVERIFY2(dialog->messageLabel()->text().contains(u"reason"),
                 qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(Batch::from(*store.queries.find(QStringLiteral("item_line"), batch.id)).onHand,
                 batch.onHand);
        QComboBox *reason = dialog->reasonBox(0);
        QVERIFY(reason->isEnabled() && reason->count() > 1);
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Down); // the first reason for stock found
        QVERIFY(!reason->currentData().toString().isEmpty());
        dialog->save();
        QCOMPARE(
            Batch::from(*store.queries.find(QStringLiteral("item_line"), batch.id)).onHandUnits(),
            counted);
        QCOMPARE(adjustments(), adjustmentsBefore + 1);
        QVERIFY2(stock->noteLabel()->text().startsWith(u"Count recorded"),
                 qPrintable(stock->noteLabel()->text()));
        QVERIFY(statusSaysWaiting(window, store.outgoing.count()));
    }

    void locationIsCounted()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        WorkLookups lookups(store, context);
        WorkLookups::Location counted;
        for (const WorkLookups::Location &location : lookups.locations()) {
            if (lookups.batchesAt(location.id).size() > 1)
                counted = location;
        }
        QVERIFY2(!counted.id.isEmpty(), "a location of the demo clinic holds batches");
        window.showPage(QStringLiteral("Stock"));
        window.openLocationCount();
        auto *chooser = window.findChild<QInputDialog *>();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        chooser->setTextValue(counted.name);
        QTest::keyClick(chooser, Qt::Key_Return);
        auto *dialog = window.findChild<StockCountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QList<Batch> kept = lookups.batchesAt(counted.id);
        QCOMPARE(dialog->rowCount(),
                 int(std::count_if(kept.begin(), kept.end(), [](const Batch &b) {
                     return b.onHand > 0; // the shelf's stock, not batches used up
                 })));
        // One pack fewer in the last batch listed, the others not counted.
        const int last = dialog->rowCount() - 1;
        const Batch batch = dialog->batchAt(last);
        const double units = std::max(0.0, batch.onHandUnits() - batch.packSize);
        QTest::keyClicks(dialog->countedField(last), QLocale().toString(units, 'g', 12));
        dialog->reasonBox(last)->setFocus();
        QTest::keyClick(dialog->reasonBox(last), Qt::Key_Down);
        dialog->save();
        QCOMPARE(
            Batch::from(*store.queries.find(QStringLiteral("item_line"), batch.id)).onHandUnits(),
            units);
        QVERIFY2(window.page(QStringLiteral("Stock"))->noteLabel()->text().startsWith(u"Count"),
                 qPrintable(window.page(QStringLiteral("Stock"))->noteLabel()->text()));
    }

    void patientOfAnotherClinicIsMadeVisibleHere()
    {
        const QString id = registerAtNorth(m_primary.url(), QStringLiteral("Baraka"),
                                           QStringLiteral("Mwangaza-Gui"));
        QVERIFY(!id.isEmpty());
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        window.showPage(QStringLiteral("Patients"));
        RecordPage *patients = window.page(QStringLiteral("Patients"));
        patients->search(QStringLiteral("Mwangaza-Gui Baraka"));
        QCOMPARE(patients->model()->totalRows(), 0); // not visible here
        QPushButton *searchPrimary = nullptr;
        for (QPushButton *button : patients->findChildren<QPushButton *>()) {
            if (button->text() == u"Search the &primary…")
                searchPrimary = button;
        }
        QVERIFY(searchPrimary);
        QTest::mouseClick(searchPrimary, Qt::LeftButton);
        RemotePatientDialog *dialog = remoteSearchOf(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->searchField()->text(), QStringLiteral("Mwangaza-Gui Baraka"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 30000);
        QTableWidget *found = dialog->resultsTable();
        QVERIFY2(found->rowCount() == 1, qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(found->item(0, 0)->data(Qt::UserRole).toString(), id);
        // Labelled with the clinic that registered them.
        const QString clinic = found->item(0, found->columnCount() - 1)->text();
        QVERIFY2(!clinic.isEmpty() && clinic != u"another clinic", qPrintable(clinic));
        saveScreenshot(dialog, QStringLiteral("patients-elsewhere"));

        // Enter on the patient: visible here, selected, and the primary told at once.
        QTRY_COMPARE(focused(), static_cast<QWidget *>(found));
        QTest::keyClick(found, Qt::Key_Return);
        QTRY_VERIFY(!remoteSearchOf(window));
        QCOMPARE(patients->currentId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(patients->noteLabel()->text().contains(u"now visible"), 30000);
        LocalStore store(m_synced, QStringLiteral("check"));
        QCOMPARE(store.pendingCalls.count(), 0);
        // Kept as made, so that it is not made again before the pull brings the join.
        const QList<PendingCalls::Call> calls = store.pendingCalls.all();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().nameId, id);
        QCOMPARE(calls.first().state, PendingCalls::State::Done);
    }

    void patientHistoryFollowsTheSelection()
    {
        // Baraka (made visible here just before) is given something at north.
        const QString northPath
            = m_dir.filePath(QStringLiteral("north-%1.sqlite").arg(m_primary.url().port()));
        LocalStore store(m_synced, QStringLiteral("check"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        const QList<Patient> baraka
            = PatientRegistry(store, context).search(QStringLiteral("Mwangaza-Gui Baraka"));
        QCOMPARE(baraka.size(), 1);
        QString northItem;
        {
            LocalStore north(northPath, QStringLiteral("north"));
            northItem = stockedItem(north, 5).item.code;
        }
        QVERIFY(!northItem.isEmpty());
        SatelliteCli north(northPath);
        const auto dispensed
            = north.run({QStringLiteral("dispense"), QStringLiteral("--patient"), baraka.first().id,
                         QStringLiteral("--item"), northItem + QStringLiteral(":2")});
        QVERIFY2(dispensed.exitCode == 0, dispensed.err.constData());
        QCOMPARE(north.run({QStringLiteral("sync")}).exitCode, 0);
        // And something here, so that both stores show.
        Dispensing::Request givenHere;
        givenHere.patientId = baraka.first().id;
        givenHere.prescriberId = WorkLookups(store, context).prescribers().first().id;
        givenHere.lines = {Dispensing::Line{stockedItem(store, 10).item.id, 6, QString(),
                                            QStringLiteral("1 tablet twice a day")}};
        Dispensing(store, context).save(givenHere);

        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        window.showPage(QStringLiteral("Patients"));
        RecordPage *patients = window.page(QStringLiteral("Patients"));
        PatientHistoryPane *pane = window.patientHistory();
        QAbstractItemModelTester tester(pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(selectPatient(patients, baraka.first().name, baraka.first().id));
        QCOMPARE(pane->patientId(), baraka.first().id);
        QCOMPARE(pane->model()->rowCount(), 1); // this store's at once
        QVERIFY(!pane->model()->entries().first().fromPrimary);
        QVERIFY(pane->isAsking());
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isAsking(), 30000);
        QVERIFY2(pane->statusLabel()->text().contains(u"as the primary records it now"),
                 qPrintable(pane->statusLabel()->text()));
        QCOMPARE(pane->model()->rowCount(), 2);
        int atNorth = -1;
        for (int row = 0; row < pane->model()->rowCount(); ++row) {
            if (pane->model()->entries().at(row).fromPrimary)
                atNorth = row;
        }
        QVERIFY(atNorth >= 0);
        QCOMPARE(pane->model()->entries().at(atNorth).quantity, 2.0);
        const QString storeShown
            = pane->model()
                  ->data(pane->model()->index(atNorth, PatientHistoryModel::Store))
                  .toString();
        QVERIFY(!storeShown.isEmpty());
        QVERIFY(storeShown != WorkLookups(store, context).storeName());
        saveScreenshot(&window, QStringLiteral("patients"));

        // The selection goes with a new search: so does the history.
        patients->search(QStringLiteral("zzzz-nobody"));
        QVERIFY(patients->currentId().isEmpty());
        QVERIFY(pane->patientId().isEmpty());
        QCOMPARE(pane->model()->rowCount(), 0);

        // A patient dispensed to here: this store's lines at once, then the
        // primary's merged in without the same line twice, newest first.
        const Patient local = workSetup(store).patient;
        const QList<PatientHistory::Entry> here = PatientHistory(store, context).local(local.id);
        QVERIFY(!here.isEmpty());
        QVERIFY(selectPatient(patients, local.name, local.id));
        QCOMPARE(pane->model()->rowCount(), int(here.size()));
        QCOMPARE(pane->model()->entries().first().lineId, here.first().lineId);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isAsking(), 30000);
        QSet<QString> lines;
        QDate previous = QDate(9999, 1, 1);
        for (const PatientHistory::Entry &entry : pane->model()->entries()) {
            QVERIFY2(!lines.contains(entry.lineId), qPrintable(entry.lineId));
            lines.insert(entry.lineId);
            QVERIFY(entry.date <= previous);
            previous = entry.date;
        }
        for (const PatientHistory::Entry &entry : here)
            QVERIFY(lines.contains(entry.lineId));
    }

    void patientOfAnotherClinicIsLinkedOfflineFromDispensing()
    {
        QTemporaryDir data;
        PrimarySimProcess far;
        QVERIFY2(far.start({QStringLiteral("--demo"), QStringLiteral("small"),
                            QStringLiteral("--data"), data.path()}),
                 qPrintable(far.errorString()));
        const QString id = registerAtNorth(far.url(), QStringLiteral("Wanjiru"),
                                           QStringLiteral("Kamau-Offline"));
        QVERIFY(!id.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("offline-link.sqlite"));
        QCOMPARE(
            SatelliteCli(path)
                .login(far.url().toString(), QStringLiteral("demo-clinic"), QStringLiteral("demo"))
                .exitCode,
            0);
        SyncController controller(path);
        MainWindow window(path, &controller);
        activate(&window);
        // A patient of this clinic looked at while the line is up: the primary's answer is kept.
        window.showPage(QStringLiteral("Patients"));
        RecordPage *patients = window.page(QStringLiteral("Patients"));
        PatientHistoryPane *pane = window.patientHistory();
        patients->table()->setCurrentIndex(patients->model()->index(0, 0));
        const QString seenOnline = patients->currentId();
        QCOMPARE(pane->patientId(), seenOnline);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isAsking(), 30000);
        QVERIFY2(!pane->statusLabel()->text().contains(u"could not be asked"),
                 qPrintable(pane->statusLabel()->text()));
        DispensePage *page = window.dispensePage();
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(focused(), page->patientPicker()->field());
        // Nothing here fits: Enter asks the primary.
        QTest::keyClicks(focused(), QStringLiteral("Wanjiru Kamau-Offline"));
        QListWidget *matches = page->patientPicker()->matches();
        QVERIFY(matches->isVisible());
        QVERIFY(matches->currentItem()->text().startsWith(u"Search the primary"));
        QTest::keyClick(focused(), Qt::Key_Return);
        RemotePatientDialog *dialog = remoteSearchOf(window);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 30000);
        QVERIFY2(dialog->resultsTable()->rowCount() == 1,
                 qPrintable(dialog->messageLabel()->text()));

        // The line goes down before she chooses: it waits for the next sync.
        QCOMPARE(far.stop(), 0);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->resultsTable()));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!remoteSearchOf(window));
        QCOMPARE(page->patientPicker()->pickedId(), id); // ready to dispense to
        QTRY_VERIFY_WITH_TIMEOUT(page->messageLabel()->text().contains(u"next sync"), 30000);
        LocalStore store(path, QStringLiteral("check"));
        QCOMPARE(store.pendingCalls.count(), 1);
        QVERIFY(statusShows(window,
                            SyncStatusBar::tr("%n patient(s) to make visible here at the "
                                              "next sync",
                                              nullptr, 1)));

        // Offline, the history says what it shows: the kept answer as of when, or this store's.
        window.showPage(QStringLiteral("Patients"));
        const auto seen
            = PatientRegistry(store, WorkContext::fromSettings(store.settings)).find(seenOnline);
        QVERIFY(seen);
        QVERIFY(selectPatient(patients, seen->name, seen->id));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isAsking(), 30000);
        QVERIFY2(pane->statusLabel()->text().contains(u"could not be asked")
                     && pane->statusLabel()->text().contains(u"as of"),
                 qPrintable(pane->statusLabel()->text()));
        const auto wanjiru
            = PatientRegistry(store, WorkContext::fromSettings(store.settings)).find(id);
        QVERIFY(wanjiru);
        QVERIFY(selectPatient(patients, wanjiru->name, id));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isAsking(), 30000);
        QVERIFY2(pane->statusLabel()->text().contains(u"only this store's"),
                 qPrintable(pane->statusLabel()->text()));
        QVERIFY(!window.findChild<QMessageBox *>()); // never an error dialog
    }

    void workGoesOutWithTheNextSync()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        QVERIFY(LocalStore(m_synced, QStringLiteral("check")).outgoing.count() > 0);
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        const SyncOutcome outcome = finished.last().first().value<SyncOutcome>();
        QVERIFY2(outcome.error.kind == SyncError::Kind::None, qPrintable(outcome.error.describe()));
        QCOMPARE(LocalStore(m_synced, QStringLiteral("check")).outgoing.count(), 0);
        QVERIFY(statusSaysWaiting(window, 0));
    }

    void aRefusedPatientCallShowsThePrimarysWords()
    {
        LocalStore store(m_synced, QStringLiteral("check"));
        const QString storeId = WorkContext::fromSettings(store.settings).storeId;
        const QString unknown = QStringLiteral("00000000000000000000000000NOBODY");
        store.pendingCalls.queueNameStoreJoin(unknown, storeId);
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        const QString waiting
            = SyncStatusBar::tr("%n patient(s) to make visible here at the next sync", nullptr, 1);
        QTRY_VERIFY(statusShows(window, waiting)); // counted once the window shows
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        QVERIFY(!statusShows(window, waiting));
        QList<PendingCalls::Call> calls;
        for (const PendingCalls::Call &call : store.pendingCalls.all()) {
            if (call.nameId == unknown)
                calls.append(call);
        }
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().state, PendingCalls::State::Refused);
        QVERIFY(!calls.first().lastError.isEmpty());
        QVERIFY(statusShows(window,
                            QStringLiteral("Not made visible here: %1: %2")
                                .arg(unknown, calls.first().lastError)
                                .left(40)));
        store.pendingCalls.done(calls.first().seq); // the next tests start without it
    }

    void refusedChangesAreSentAgainOrDiscarded()
    {
        // A change to reference data, which only the primary may make: refused.
        LocalStore store(m_synced, QStringLiteral("check"));
        const StoredRecord item = store.records.ofType(QStringLiteral("item")).first();
        QJsonObject data = QJsonDocument::fromJson(item.data).object();
        data.insert(QStringLiteral("strength"), QStringLiteral("changed here"));
        const QString import = m_dir.filePath(QStringLiteral("refused.json"));
        QFile file(import);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonArray{QJsonObject{
                                     {QStringLiteral("RecordType"), QStringLiteral("item")},
                                     {QStringLiteral("RecordID"), item.id},
                                     {QStringLiteral("SyncType"), QStringLiteral("U")},
                                     {QStringLiteral("Data"), data}}})
                       .toJson());
        file.close();
        QCOMPARE(SatelliteCli(m_synced).run({QStringLiteral("import"), import}).exitCode, 0);

        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        activate(&window);
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().refused, 1);
        SyncPage *page = window.syncPage();
        QTableWidget *refused = page->refusedTable();
        QCOMPARE(refused->rowCount(), 1);
        const QString itemName = RecordFields(item.data).text(QStringLiteral("item_name"));
        QCOMPARE(refused->item(0, 0)->text(), QStringLiteral("item %1").arg(itemName));
        QVERIFY2(refused->item(0, 2)->text().contains(u"reference data"),
                 qPrintable(refused->item(0, 2)->text()));
        QVERIFY(statusShows(window,
                            SyncStatusBar::tr("%n change(s) refused by the primary", nullptr, 1)));
        window.showPage(QStringLiteral("Sync"));
        refused->setCurrentCell(0, 0);
        saveScreenshot(&window, QStringLiteral("sync"));

        // Sent again: back in the queue, out of the list.
        const qint64 waiting = store.outgoing.count();
        QTest::mouseClick(page->sendAgainButton(), Qt::LeftButton);
        QCOMPARE(store.outgoing.count(), waiting + 1);
        QCOMPARE(refused->rowCount(), 0);
        QVERIFY(page->refusedNote()->text().contains(u"next sync"));
        QVERIFY(statusSaysWaiting(window, waiting + 1));
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(refused->rowCount(), 1); // refused again

        // Discarded, after a dialog that says what is lost; Cancel first keeps it.
        refused->setCurrentCell(0, 0);
        QTest::mouseClick(page->discardButton(), Qt::LeftButton);
        QMessageBox *box = page->findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("The change to item %1 will never reach the "
                                                     "primary; this computer keeps the record as "
                                                     "it is here.")
                                          .arg(itemName)),
                 qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<QMessageBox *>());
        QCOMPARE(store.refused.count(), 1);
        QTest::mouseClick(page->discardButton(), Qt::LeftButton);
        box = page->findChild<QMessageBox *>();
        QVERIFY(box);
        QAbstractButton *discard = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                discard = button;
        }
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_COMPARE(store.refused.count(), 0);
        QCOMPARE(refused->rowCount(), 0);
        QVERIFY(!statusShows(window,
                             SyncStatusBar::tr("%n change(s) refused by the primary", nullptr, 1)));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
