// primary-sim: a stand-in mSupply primary server for demos, training and tests.

#include "PrimaryOptions.h"
#include "PrimaryServer.h"
#include "SignalWatcher.h"
#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// Every pull answers with about a megabyte built in a few buffers. glibc
// maps buffers that size fresh each time and gives them back at once, so each
// pull paid for page faults on zeroed memory (a fifth of its time): keep them
// in the heap and let the heap keep what it has. A server holds its memory.
void keepLargeBuffers()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    keepLargeBuffers();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("primary-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATELLITE_VERSION));
    TranslationCatalog::install(&app, QLocale::system()); // the system's language, if translated
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const auto options = primary::PrimaryOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        err << "primary-sim: " << error << Qt::endl;
        return 2;
    }

    // Before the first line is printed: whoever reads it may stop us at once.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    std::unique_ptr<QTemporaryDir> temporary;
    QString dataDir = options->dataDir;
    if (dataDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(); // 0700
        dataDir = temporary->path();
    }

    primary::PrimaryServer server(*options);
    if (!server.start(dataDir, &error)) {
        err << "primary-sim: " << error << Qt::endl;
        return 1;
    }
    // Scripts read this first line to find the port.
    out << "listening on " << server.url().toString() << Qt::endl;
    out << QCoreApplication::translate("main", "data: %1").arg(dataDir) << Qt::endl;
    // A token given on the command line is known to whoever gave it.
    const QString token
        = options->adminToken.isEmpty() ? server.adminToken() : QStringLiteral("as given");
    out << QCoreApplication::translate("main", "admin token: %1  (X-Admin-Token; also in %2)")
               .arg(token, server.adminTokenPath())
        << Qt::endl;
    const auto &demo = server.demo();
    if (demo.loadedNow)
        out << QCoreApplication::translate("main", "demo data: %1 records generated")
                   .arg(demo.records)
            << Qt::endl;
    if (options->demo != primary::DemoSize::None) {
        for (const primary::DemoStore &store : demo.stores) {
            if (!store.siteName.isEmpty())
                out << QCoreApplication::translate("main", "demo site: %1  password: %2  (%3)")
                           .arg(store.siteName, store.password, store.name)
                    << Qt::endl;
        }
        for (const auto &user : demo.users)
            out << QCoreApplication::translate(
                       "main", "demo user: %1  password: %2  (%3%4; GET /sync/v3/user)")
                       .arg(user.name, user.password,
                            user.isAdmin ? QCoreApplication::translate("main", "every store")
                                         : user.storeNames.join(QStringLiteral(", ")),
                            user.isAdmin ? QCoreApplication::translate("main", ", administrator")
                                         : QString())
                << Qt::endl;
    }
    for (const auto &user : options->users)
        out << QCoreApplication::translate("main", "user: %1  (site %2)").arg(user.name, user.site)
            << Qt::endl;

    return app.exec();
}
