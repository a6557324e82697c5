// satellite-cli: the satellite's core without a window, for automation and support.

#include "CliApp.h"
#include "CliOptions.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("satellite"));
    QCoreApplication::setApplicationName(QStringLiteral("satellite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATELLITE_VERSION));

    QString error;
    const auto options = CliOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << "satellite-cli: " << error << '\n' << CliOptions::usage();
        return 2;
    }
    CliApp cli(*options);
    SignalWatcher signalWatcher; // Ctrl-C stops a sync after the current batch
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &cli, &CliApp::cancel);
    const int immediate = cli.run();
    return immediate >= 0 ? immediate : app.exec();
}
