// The desktop app's windows against a real primary-sim over loopback, under
// QT_QPA_PLATFORM=offscreen. With SATELLITE_SCREENSHOTS=DIR (and a real
// display, e.g. under xvfb-run), it also saves the README's screenshots.

#include "AppSettings.h"
#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "models/QueryTableModel.h"
#include "store/LocalStore.h"
#include "store/SqlStatement.h"
#include "sync/SyncController.h"
#include "widgets/RecordPage.h"
#include "widgets/SyncPage.h"
#include "widgets/SyncStatusBar.h"
#include "windows/LoginDialog.h"
#include "windows/MainWindow.h"
#include "windows/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
        QCoreApplication::setOrganizationName(QStringLiteral("satellite-tests"));
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
        QVERIFY(dialog.messageLabel()->text().contains(u"2093"));
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
            {"Stock", "SELECT count(*) FROM record WHERE type = 'item'"},
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
                                      "SELECT count(*) FROM record WHERE type = 'item' "
                                      "AND (name LIKE '%a%' OR code LIKE '%a%')");
        QVERIFY(matching > 0 && matching < count(m_synced, pages[0].second));
        QCOMPARE(filtered->model()->totalRows(), matching);
        filtered->model()->setSearchText(QString());
        // Stock with a batch selected, for the README.
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
        window.showPage(QStringLiteral("Sync"));
        saveScreenshot(&window, QStringLiteral("sync"));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
