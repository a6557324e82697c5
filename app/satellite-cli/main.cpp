// satellite-cli: the satellite's core without a window, for automation and support.

#include "CliApp.h"
#include "CliOptions.h"
#include "SignalWatcher.h"
#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

// SATELLITE_REPORT_PEAK_MEMORY=1 (support, tests): the process's peak
// resident memory, on stderr as it ends.
int reportingPeakMemory(int exitCode)
{
    if (qEnvironmentVariableIntValue("SATELLITE_REPORT_PEAK_MEMORY") != 1)
        return exitCode;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                QTextStream(stderr) << "peak memory: " << line.mid(6).trimmed() << '\n';
        }
    }
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("satellite"));
    QCoreApplication::setApplicationName(QStringLiteral("satellite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATELLITE_VERSION));
    TranslationCatalog::install(&app, QLocale::system()); // the system's language, if translated

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
    return reportingPeakMemory(immediate >= 0 ? immediate : app.exec());
}
