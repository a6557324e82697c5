// satellite: the desktop app the pharmacist uses.

#include "AppLanguage.h"
#include "AppSettings.h"
#include "SingleInstance.h"
#include "SyncLogRecorder.h"
#include "store/DatabaseLocation.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"
#include "sync/SettingKeys.h"
#include "sync/SyncController.h"
#include "windows/LoginDialog.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace {

const char *const kContext = "satellite";

QString usage()
{
    return QCoreApplication::translate(
        kContext,
        "Usage: satellite [OPTION]\n"
        "The mSupply satellite's desktop app: dispensing, stock and patients kept on this\n"
        "computer, synced with the primary server whenever the line is up.\n"
        "\n"
        "Options:\n"
        "  -h, --help     show this help and exit\n"
        "  -v, --version  show the version and exit\n"
        "\n"
        "Qt's own options (such as -platform NAME and -style NAME) are accepted too.\n"
        "\n"
        "Environment:\n"
        "  SATELLITE_DB           the database file (by default in your data folder,\n"
        "                         shared with satellite-cli)\n"
        "  SATELLITE_NO_KEYCHAIN  1: keep the password hash in a file beside the\n"
        "                         database (owner only) instead of the keychain\n"
        "\n"
        "The first start asks for the server's address, the site's name and its password.\n");
}

// --help and --version answer before any window, display or database: they
// are read from argv before QApplication exists (which would need a display).
// Returns the exit code when the program should stop, or -1.
int answerInformationOptions(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        const char *argument = argv[index];
        if (std::strcmp(argument, "--help") == 0 || std::strcmp(argument, "-h") == 0) {
            std::fputs(usage().toLocal8Bit().constData(), stdout);
            return 0;
        }
        if (std::strcmp(argument, "--version") == 0 || std::strcmp(argument, "-v") == 0) {
            std::printf("satellite %s\n", SATELLITE_VERSION);
            return 0;
        }
    }
    return -1;
}

bool isLoggedIn(const QString &databasePath)
{
    satellite::LocalStore store(databasePath, QStringLiteral("store-start"));
    return !store.settings.value(satellite::SettingKeys::siteName).isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    if (const int code = answerInformationOptions(argc, argv); code >= 0)
        return code;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("satellite"));
    QApplication::setApplicationName(QStringLiteral("satellite"));
    QApplication::setApplicationVersion(QStringLiteral(SATELLITE_VERSION));
    // Lets the desktop (Wayland in particular) match the window to its entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("nz.org.msupply.satellite"));
    satellite::ui::AppLanguage::install(
        &app, satellite::ui::AppLanguage::localeFor(satellite::ui::AppSettings().language()));
    QApplication::setApplicationDisplayName(QObject::tr("Satellite"));

    const QString databasePath = satellite::DatabaseLocation::defaultPath();
    satellite::DatabaseLocation::makeFolderFor(databasePath);
    bool loggedIn = false;
    try {
        loggedIn = isLoggedIn(databasePath);
    } catch (const satellite::StoreError &error) {
        QMessageBox::critical(
            nullptr, QObject::tr("Satellite"),
            QObject::tr("The local database cannot be opened: %1").arg(error.message()));
        return 7;
    }

    SingleInstance instance(databasePath);
    if (!instance.claim())
        return 0; // the running one comes to the front
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/satellite.svg")));
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);

    satellite::SyncController controller(databasePath);
    // Every line of every sync, the login's first one too, kept in the database.
    satellite::ui::SyncLogRecorder log(databasePath);
    log.follow(&controller);
    std::unique_ptr<satellite::ui::MainWindow> window;
    auto openMainWindow = [&] {
        window = std::make_unique<satellite::ui::MainWindow>(databasePath, &controller);
        QObject::connect(&instance, &SingleInstance::activationRequested, window.get(), [&window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        QObject::connect(window.get(), &satellite::ui::MainWindow::logOutRequested, &controller,
                         &satellite::SyncController::logOut);
        window->show();
    };
    satellite::ui::LoginDialog login(&controller);
    QObject::connect(&controller, &satellite::SyncController::loggedOut, &app, [&] {
        window.reset(); // closes its view of the old site
        log.forgetAll(); // the next site starts with its own log
        login.startOver();
        login.show();
    });
    QObject::connect(&login, &satellite::ui::LoginDialog::loggedIn, openMainWindow);
    QObject::connect(&login, &QDialog::rejected, &app, &QApplication::quit);
    if (loggedIn) {
        openMainWindow();
        // Once the window shows: the records it shows are brought up to date.
        QTimer::singleShot(0, window.get(), &satellite::ui::MainWindow::syncAtStart);
    } else {
        login.show();
    }
    return app.exec();
}
