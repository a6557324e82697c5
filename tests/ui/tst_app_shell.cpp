// The app shell against a real primary-sim over loopback, offscreen: the
// login dialog's state, the status bar's counts, the kept sync log, the Help
// menu, the language, the first sync left unfinished, and `satellite --help`
// without a display.

#include "AppLanguage.h"
#include "AppSettings.h"
#include "HttpClient.h"
#include "PrimarySimProcess.h"
#include "SatelliteCli.h"
#include "SyncLogRecorder.h"
#include "TranslationCatalog.h"
#include "domain/WorkContext.h"
#include "domain/WorkLookups.h"
#include "models/QueryTableModel.h"
#include "store/LocalStore.h"
#include "store/SyncLogStore.h"
#include "sync/SiteCredentials.h"
#include "sync/SyncController.h"
#include "widgets/FirstSyncBanner.h"
#include "widgets/RecordPage.h"
#include "widgets/SyncChart.h"
#include "widgets/SyncPage.h"
#include "widgets/SyncStatusBar.h"
#include "windows/AboutDialog.h"
#include "windows/LoginDialog.h"
#include "windows/MainWindow.h"
#include "windows/SettingsDialog.h"
#include "windows/ShortcutsDialog.h"
#include "work/DispensePage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace satellite;
using namespace satellite::ui;

class TestAppShell : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrimarySimProcess m_primary;
    QString m_synced; // logged in to demo-clinic by satellite-cli

    void resetHardware()
    {
        HttpClient admin(m_primary.url());
        QCOMPARE(admin.post(QStringLiteral("/admin/sites/demo-clinic/reset-hardware"), "").status,
                 200);
    }

    void setDelay(int milliseconds)
    {
        HttpClient admin(m_primary.url());
        const QByteArray body = milliseconds > 0
            ? "{\"delay_ms\": " + QByteArray::number(milliseconds) + "}"
            : QByteArray("{}");
        QCOMPARE(admin.post(QStringLiteral("/admin/faults"), body).status, 200);
    }

    // A visible label of the status bar says exactly `text`.
    static bool statusSays(MainWindow &window, const QString &text)
    {
        for (const QLabel *label : window.syncStatus()->findChildren<QLabel *>()) {
            if (!label->isHidden() && label->text() == text)
                return true;
        }
        return false;
    }

    // With SATELLITE_SCREENSHOTS=DIR and a real display (xvfb-run), the README's pictures.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("SATELLITE_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(widget->grab().save(directory + u'/' + name + QStringLiteral(".png")));
    }

    static QString waitingText(qint64 waiting)
    {
        return SyncStatusBar::tr("%n change(s) waiting to go out", nullptr, int(waiting));
    }

    static qint64 waitingIn(const QString &databasePath)
    {
        LocalStore store(databasePath, QStringLiteral("waiting"));
        return store.outgoing.count();
    }

    // The satellite binary, run as from a terminal without any display.
    QProcess *runWithoutDisplay(const QStringList &arguments, const QString &home)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SATELLITE_DB"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(SATELLITE_APP_PATH), arguments);
        return process;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
        QCoreApplication::setOrganizationName(QStringLiteral("satellite-tests"));
        // As the app starts in English: with its plural forms ("95 rows").
        satellite::ui::AppLanguage::install(qApp, QLocale()); // the locale stays as it is
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        qputenv("SATELLITE_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_primary.start({QStringLiteral("--demo"), QStringLiteral("small")}));
        resetHardware();
        m_synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
        QCOMPARE(SatelliteCli(m_synced)
                     .login(m_primary.url().toString(), QStringLiteral("demo-clinic"),
                            QStringLiteral("demo"))
                     .exitCode,
                 0);
    }

    void init()
    {
        resetHardware();
        setDelay(0);
    }

    void helpAndVersionNeedNoDisplayNorDatabase_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("says");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("Usage: satellite");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--version");
        QTest::newRow("--version")
            << QStringLiteral("--version") << QStringLiteral("satellite " SATELLITE_TEST_VERSION);
    }

    void helpAndVersionNeedNoDisplayNorDatabase()
    {
        QFETCH(QString, option);
        QFETCH(QString, says);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess *process = runWithoutDisplay({option}, home.path());
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput());
        QVERIFY2(out.contains(says), qPrintable(out));
        // Nothing made: no database, no folder for one, no settings.
        QVERIFY2(QDir(home.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 qPrintable(QDir(home.path())
                                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                                .join(u' ')));
    }

    void anAddressWithoutSchemeIsHttps()
    {
        QCOMPARE(LoginDialog::withScheme(QStringLiteral(" sync.example.org ")),
                 QStringLiteral("https://sync.example.org"));
        QCOMPARE(LoginDialog::withScheme(QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("http://127.0.0.1:8080"));
        // Typed into the dialog: the https address is the one tried (nothing
        // listens there, so it fails at once) and shown as tried.
        SyncController controller(m_dir.filePath(QStringLiteral("scheme.sqlite")));
        LoginDialog dialog(&controller);
        dialog.show();
        const QString hostAndPort = QStringLiteral("127.0.0.1:9");
        dialog.urlField()->setText(hostAndPort);
        dialog.siteField()->setText(QStringLiteral("demo-clinic"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.urlField()->text(), QStringLiteral("https://") + hostAndPort);
        QVERIFY(finished.wait(60000));
        const SyncError error = finished.last().first().value<SyncOutcome>().error;
        QVERIFY(error.isError());
        QVERIFY2(error.describe().contains(QStringLiteral("https://") + hostAndPort)
                     || error.kind == SyncError::Kind::Offline,
                 qPrintable(error.describe()));
    }

    void afterAFailureTheBusyBarStops()
    {
        SyncController controller(m_dir.filePath(QStringLiteral("failing.sqlite")));
        LoginDialog dialog(&controller);
        dialog.show();
        dialog.urlField()->setText(QStringLiteral("http://127.0.0.1:9"));
        dialog.siteField()->setText(QStringLiteral("demo-clinic"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy progress(&controller, &SyncController::progressChanged);
        // While it tries, the dialog says what the engine says, in its words
        // (the dialog's own connection, made first, has run by then).
        QStringList notSaid;
        connect(&controller, &SyncController::progressChanged, this,
                [&dialog, &notSaid](const SyncProgress &now) {
                    if (dialog.messageLabel()->text() != now.describe())
                        notSaid.append(now.describe());
                });
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty()); // it was busy
        QVERIFY2(notSaid.isEmpty(), qPrintable(notSaid.join(u'\n')));
        // A range of 0..0 is Qt's busy bar: stopped means a real range.
        QVERIFY(dialog.progressBar()->maximum() > 0);
        QCOMPARE(dialog.progressBar()->value(), 0);
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Cannot reach the server")),
                 qPrintable(dialog.messageLabel()->text()));
        // Said once: the advice and the engine's words do not repeat each other.
        QVERIFY2(dialog.messageLabel()->text().count(QStringLiteral("reach")) == 1,
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.connectButton()->isEnabled());
    }

    void loginShowsNamesAndStartsOverAfterLogOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("relogin.sqlite"));
        SyncController controller(path);
        LoginDialog dialog(&controller);
        dialog.show();
        dialog.urlField()->setText(m_primary.url().toString());
        dialog.siteField()->setText(QStringLiteral("demo-clinic"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        QSignalSpy found(&controller, &SyncController::siteFound);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(found.wait(60000));
        const auto site = found.first().first().value<SiteIdentity>();
        QVERIFY(!site.storeId.isEmpty());
        // The site in words: no hex store or user ID.
        QVERIFY(dialog.foundLabel()->text().contains(QStringLiteral("demo-clinic")));
        QVERIFY(!dialog.foundLabel()->text().contains(site.storeId));
        QVERIFY(site.userId.isEmpty() || !dialog.foundLabel()->text().contains(site.userId));
        QVERIFY(loggedIn.wait(60000));
        QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Done")));

        QSignalSpy loggedOut(&controller, &SyncController::loggedOut);
        controller.logOut();
        QVERIFY(loggedOut.wait(30000));
        dialog.startOver();
        dialog.show();
        QVERIFY(dialog.messageLabel()->text().isEmpty());
        QVERIFY(dialog.foundLabel()->text().isEmpty());
        QVERIFY(dialog.progressBar()->isHidden());
        QVERIFY(dialog.siteField()->text().isEmpty());
        QVERIFY(dialog.passwordField()->text().isEmpty());
        QCOMPARE(dialog.urlField()->text(), m_primary.url().toString()); // same server, likely
    }

    // Escape asks before stopping the first sync; stopped, the next start
    // shows a banner whose Continue finishes it.
    void anUnfinishedFirstSyncIsContinued()
    {
        const QString path = m_dir.filePath(QStringLiteral("unfinished.sqlite"));
        {
            SyncController controller(path);
            LoginDialog dialog(&controller);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.urlField()->setText(m_primary.url().toString());
            dialog.siteField()->setText(QStringLiteral("demo-clinic"));
            dialog.passwordField()->setText(QStringLiteral("demo"));
            setDelay(1500); // each call takes a while: time to press Escape
            QSignalSpy found(&controller, &SyncController::siteFound);
            QSignalSpy finished(&controller, &SyncController::finished);
            QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
            QVERIFY(found.wait(60000));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QMessageBox *question = nullptr;
            QTRY_VERIFY((question = dialog.findChild<QMessageBox *>()) && question->isVisible());
            QVERIFY(dialog.isVisible()); // asked, not stopped
            QCOMPARE(finished.size(), 0);
            QPushButton *stop = nullptr;
            for (QAbstractButton *button : question->buttons()) {
                if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                    stop = qobject_cast<QPushButton *>(button);
            }
            QVERIFY(stop);
            QTest::mouseClick(stop, Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind,
                     SyncError::Kind::Cancelled);
            setDelay(0);
        }
        SyncController controller(path);
        MainWindow window(path, &controller);
        window.show();
        QTRY_VERIFY(window.firstSyncBanner()->isVisible());
        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(window.firstSyncBanner()->continueButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind, SyncError::Kind::None);
        QVERIFY(!window.firstSyncBanner()->isVisible());
    }

    void syncsAtStartAndSaysHowInWords()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        const qint64 runsBefore = window.syncPage()->historyModel()->totalRows();
        QSignalSpy finished(&controller, &SyncController::finished);
        window.syncAtStart(); // what the app does once its window shows
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind, SyncError::Kind::None);
        QueryTableModel *history = window.syncPage()->historyModel();
        QCOMPARE(history->totalRows(), runsBefore + 1);
        int result = -1;
        for (int column = 0; column < history->columnCount(); ++column) {
            if (history->headerData(column, Qt::Horizontal).toString() == u"Result")
                result = column;
        }
        QVERIFY(result >= 0);
        // Newest first, in words ("ok" is what the database keeps).
        QCOMPARE(history->data(history->index(0, result)).toString(), QStringLiteral("Succeeded"));
    }

    void theStatusBarSaysWhyItWaits()
    {
        SyncStatusBar status;
        status.setSyncing(true);
        SyncProgress waiting;
        waiting.waitingAfter = SyncError::Kind::Offline;
        waiting.retryInSeconds = 8;
        status.showProgress(waiting);
        QCOMPARE(status.stateText(), waiting.describe());
        QVERIFY(status.stateText().contains(u'8'));
        SyncProgress pulling;
        pulling.phase = SyncProgress::Phase::Pulling;
        status.showProgress(pulling);
        QCOMPARE(status.stateText(), SyncStatusBar::tr("Syncing…"));
        SyncOutcome done;
        status.setSyncing(false);
        status.setOutcome(done);
        status.showProgress(waiting); // a late report after the end changes nothing
        QCOMPARE(status.stateText(), SyncStatusBar::tr("Online"));
    }

    void escapeCancelsASync()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        setDelay(1500);
        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(window.syncStatus()->syncButton(), Qt::LeftButton);
        QTRY_COMPARE(window.syncStatus()->syncButton()->text(), QStringLiteral("Cancel"));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind,
                 SyncError::Kind::Cancelled);
        setDelay(0);
    }

    void countsFollowEveryChange()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        const qint64 before = waitingIn(m_synced);
        QTRY_VERIFY(statusSays(window, waitingText(before)));
        // Another program changes the database: the count follows, without a sync.
        SatelliteCli cli(m_synced);
        const auto added
            = cli.run({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first"),
                       QStringLiteral("Counted"), QStringLiteral("--last"),
                       QStringLiteral("Elsewhere"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const qint64 after = waitingIn(m_synced);
        QVERIFY(after > before);
        QTRY_VERIFY_WITH_TIMEOUT(statusSays(window, waitingText(after)), 5000);
        // A sync sends it: back to nothing waiting.
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(statusSays(window, waitingText(0)));
    }

    void theLogIsKeptAcrossARestartAndExported()
    {
        const QString marker = QStringLiteral("Sync done");
        {
            SyncController controller(m_synced);
            SyncLogRecorder recorder(m_synced);
            recorder.follow(&controller); // as the app does
            QSignalSpy finished(&controller, &SyncController::finished);
            controller.syncNow();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.last().first().value<SyncOutcome>().error.kind,
                     SyncError::Kind::None);
        } // the app closes: what was gathered is written
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.showPage(QStringLiteral("Sync"));
        SyncPage *page = window.syncPage();
        QTRY_VERIFY(page->logView()->toPlainText().contains(marker));
        QCOMPARE(page->logView()->toPlainText().count(marker), 1); // the one sync kept
        const QString exported = m_dir.filePath(QStringLiteral("log.txt"));
        QVERIFY(page->exportLog(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(marker));
        QCOMPARE(text.count(u'\n'), page->logLines().size());
        QVERIFY(page->logNote()->text().contains(exported));
        // A file that cannot be written says so.
        QVERIFY(!page->exportLog(m_dir.filePath(QStringLiteral("no-such-folder/log.txt"))));
        QVERIFY(page->logNote()->text().contains(QStringLiteral("not exported")));
        // The chart has a point per finished run.
        LocalStore store(m_synced, QStringLiteral("runs"));
        qint64 finishedRuns = 0;
        for (const SyncRun &run : store.history.recent(100))
            finishedRuns += run.finishedAt.isValid() ? 1 : 0;
        QCOMPARE(page->chart()->receivedSeries()->count(), finishedRuns);
        QVERIFY(finishedRuns > 0);
    }

    void theLogIsBounded()
    {
        LocalStore store(m_dir.filePath(QStringLiteral("bounded.sqlite")), QStringLiteral("b"));
        SyncLogStore log(store.db);
        QList<SyncLogStore::Line> lines;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (int number = 1; number <= SyncLogStore::kKeptLines + 50; ++number)
            lines.append({at, 0, QStringLiteral("line %1").arg(number)});
        log.append(lines.mid(0, 70));
        log.append(lines.mid(70));
        QCOMPARE(log.count(), SyncLogStore::kKeptLines);
        const QList<SyncLogStore::Line> kept = log.recent();
        QCOMPARE(kept.first().text, QStringLiteral("line 51"));
        QCOMPARE(kept.last().text, QStringLiteral("line %1").arg(SyncLogStore::kKeptLines + 50));
        QCOMPARE(log.recent(2, log.lastLine() - 1).last().text,
                 QStringLiteral("line %1").arg(SyncLogStore::kKeptLines + 49));
    }

    void aboutSaysWhatAndWhere()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.openAbout();
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<AboutDialog *>()) && about->isVisible());
        saveScreenshot(about, QStringLiteral("about"));
        const QString text = about->details()->text();
        LocalStore store(m_synced, QStringLiteral("about"));
        const WorkContext context = WorkContext::fromSettings(store.settings);
        const QString storeName = WorkLookups(store, context).storeName();
        QVERIFY(!storeName.isEmpty());
        for (const QString &expected :
             {QStringLiteral("9.8.7"), QStringLiteral("Licence"), QStringLiteral("demo-clinic"),
              storeName, QDir::toNativeSeparators(m_synced),
              m_primary.url().toString().chopped(m_primary.url().toString().endsWith(u'/') ? 1
                                                                                           : 0)})
            QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
        QVERIFY(!text.contains(context.storeNameId)); // names, not codes
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("Satellite — %1 (demo-clinic)").arg(storeName));
        QTest::mouseClick(about->copyButton(), Qt::LeftButton);
        const QString support = QGuiApplication::clipboard()->text();
        QVERIFY(support.contains(storeName));
        QVERIFY(support.contains(QStringLiteral("waiting to go out")));
        const QString hash = SiteCredentials::hashPassword(QStringLiteral("demo"));
        QVERIFY(!hash.isEmpty());
        QVERIFY(!support.contains(hash, Qt::CaseInsensitive));
        QVERIFY(!support.contains(QStringLiteral("demo\n")));

        window.openShortcuts();
        ShortcutsDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window.findChild<ShortcutsDialog *>()) && shortcuts->isVisible());
        const QString first = QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText);
        QCOMPARE(shortcuts->table()->item(0, 0)->text(), first);
        QVERIFY(shortcuts->table()->rowCount() >= 8);
    }

    void ctrlNumbersSwitchPages()
    {
        SyncController controller(m_synced);
        MainWindow window(m_synced, &controller);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.dispensePage()->isVisible());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window.page(QStringLiteral("Stock"))->isVisible());
        QVERIFY(!window.dispensePage()->isVisible());
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QTRY_VERIFY(window.syncPage()->isVisible());
        QVERIFY(!window.page(QStringLiteral("Stock"))->isVisible());
    }

    void labelsOfTheDialogsHaveMnemonics()
    {
        SyncController controller(m_synced);
        LoginDialog login(&controller);
        LocalStore store(m_synced, QStringLiteral("mnemonics"));
        SettingsDialog settings(store.settings);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&login, &settings}) {
            int labelled = 0;
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->buddy())
                    continue;
                ++labelled;
                QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
            }
            QVERIFY(labelled >= 3);
        }
    }

    void theLanguageSettingChoosesTheTranslation()
    {
        QVERIFY2(TranslationCatalog::languages().contains(QStringLiteral("fr")),
                 qPrintable(TranslationCatalog::languages().join(u',')));
        AppSettings().setLanguage(QStringLiteral("fr"));
        const QLocale locale = AppLanguage::localeFor(AppSettings().language());
        QCOMPARE(locale.language(), QLocale::French);
        QVERIFY(AppLanguage::install(qApp, locale));
        QCOMPARE(QLocale().language(), QLocale::French); // dates and numbers too
        const QString french
            = QCoreApplication::translate("satellite::ui::SyncStatusBar", "Sync now");
        QVERIFY2(french != QStringLiteral("Sync now"), qPrintable(french));
        // The window speaks it: its Sync page, for the README.
        {
            SyncController controller(m_synced);
            MainWindow window(m_synced, &controller);
            window.show();
            window.showPage(MainWindow::tr("Sync")); // the page's name in French
            QVERIFY(window.syncPage()->isVisible());
            QVERIFY2(window.syncStatus()->syncButton()->text() == french,
                     qPrintable(window.syncStatus()->syncButton()->text()));
            saveScreenshot(&window, QStringLiteral("sync-fr"));
        }
        // The settings offer it by its own name, and say it takes a restart.
        {
            LocalStore store(m_synced, QStringLiteral("language"));
            SettingsDialog settings(store.settings);
            QVERIFY(settings.languageBox()->findData(QStringLiteral("fr")) >= 0);
            QCOMPARE(settings.languageBox()->currentData().toString(), QStringLiteral("fr"));
            settings.languageBox()->setCurrentIndex(
                settings.languageBox()->findData(QStringLiteral("en")));
            QVERIFY(!settings.languageNote()->isHidden());
        }
        // Back to English for the rest: English needs no translation.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        AppSettings().setLanguage(QStringLiteral("en"));
        QVERIFY(!AppLanguage::install(qApp, AppLanguage::localeFor(AppSettings().language())));
        QCOMPARE(QCoreApplication::translate("satellite::ui::SyncStatusBar", "Sync now"),
                 QStringLiteral("Sync now"));
        AppSettings().setLanguage(QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestAppShell)
#include "tst_app_shell.moc"
