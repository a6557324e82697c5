// The GUI half of the benchmark (issue "Performance", figure 5), run by
// satellite-bench as its own process under QT_QPA_PLATFORM=offscreen:
//   gui-probe sync <primary url> <database>  the real login dialog runs the
//       initial sync while a timer on the GUI thread records its longest stall
//   gui-probe window <database>              time from process start to the
//       main window shown, then filter keystrokes on Stock and Patients
// Prints one line of JSON with the figures.

#include "models/QueryTableModel.h"
#include "sync/SyncController.h"
#include "widgets/RecordPage.h"
#include "windows/LoginDialog.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <unistd.h>

using namespace satellite;

namespace {

// The longest gap between ticks of a 5 ms timer on the GUI thread.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.start();
        });
        m_sinceTick.start();
        m_timer.start();
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// Seconds since this process started, from the kernel's own account.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return uptime.readAll().split(' ').value(0).toDouble() - started;
}

int probeSync(const QString &url, const QString &databasePath)
{
    SyncController controller(databasePath);
    ui::LoginDialog dialog(&controller);
    dialog.show();
    dialog.urlField()->setText(url);
    dialog.siteField()->setText(QStringLiteral("demo-clinic"));
    dialog.passwordField()->setText(QStringLiteral("demo"));
    QSignalSpy loggedIn(&dialog, &ui::LoginDialog::loggedIn);
    QElapsedTimer clock;
    clock.start();
    StallProbe probe;
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    if (!loggedIn.wait(600000))
        return 1;
    const QJsonObject figures{{QStringLiteral("stallMs"), probe.longestMs()},
                              {QStringLiteral("syncSeconds"), clock.nsecsElapsed() / 1e9}};
    printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// The longest time from a key press in the search box to the filtered rows.
double longestKeystrokeMs(ui::RecordPage *page, const QString &text)
{
    double longest = 0;
    for (const QChar key : text) {
        QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(page->searchBox(), key.toLatin1());
        if (!reset.wait(5000))
            return -1;
        QCoreApplication::processEvents(); // the view takes the new rows
        longest = std::max(longest, clock.nsecsElapsed() / 1e6);
    }
    return longest;
}

int probeWindow(const QString &databasePath)
{
    SyncController controller(databasePath);
    ui::MainWindow window(databasePath, &controller);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    const double shownMs = secondsSinceProcessStart() * 1000;
    window.showPage(QStringLiteral("Stock"));
    const double stockMs
        = longestKeystrokeMs(window.page(QStringLiteral("Stock")), QStringLiteral("amo"));
    window.showPage(QStringLiteral("Patients"));
    const double patientsMs
        = longestKeystrokeMs(window.page(QStringLiteral("Patients")), QStringLiteral("mar"));
    const QJsonObject figures{{QStringLiteral("windowMs"), shownMs},
                              {QStringLiteral("stockKeystrokeMs"), stockMs},
                              {QStringLiteral("patientsKeystrokeMs"), patientsMs}};
    printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return stockMs < 0 || patientsMs < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("satellite-bench"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.value(1) == u"sync" && arguments.size() == 4)
        return probeSync(arguments[2], arguments[3]);
    if (arguments.value(1) == u"window" && arguments.size() == 3)
        return probeWindow(arguments[2]);
    fprintf(stderr, "usage: gui-probe sync <primary url> <database> | window <database>\n");
    return 2;
}
