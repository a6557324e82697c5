// satellite: the desktop app the pharmacist uses.

#include "SingleInstance.h"
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
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInformation>

namespace {

bool isLoggedIn(const QString &databasePath)
{
    satellite::LocalStore store(databasePath, QStringLiteral("store-start"));
    return !store.settings.value(satellite::SettingKeys::siteName).isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("satellite"));
    QApplication::setApplicationName(QStringLiteral("satellite"));
    QApplication::setApplicationDisplayName(QObject::tr("Satellite"));
    QApplication::setApplicationVersion(QStringLiteral(SATELLITE_VERSION));

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
        login.passwordField()->clear();
        login.show();
    });
    QObject::connect(&login, &satellite::ui::LoginDialog::loggedIn, openMainWindow);
    if (loggedIn) {
        openMainWindow();
    } else {
        QObject::connect(&login, &QDialog::rejected, &app, &QApplication::quit);
        login.show();
    }
    return app.exec();
}
