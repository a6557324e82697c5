#include "ProgressPrinter.h"

#include <QCoreApplication>
#include <unistd.h>

using satellite::SyncProgress;

ProgressPrinter::ProgressPrinter()
    : m_err(stderr)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{ }

void ProgressPrinter::show(const SyncProgress &progress)
{
    const QString phase = SyncProgress::phaseName(progress.phase);
    const QString rate = progress.recordsPerSecond > 0
        ? QCoreApplication::translate("ProgressPrinter", "%1 records/s")
              .arg(qRound64(progress.recordsPerSecond))
        : QString();
    if (m_terminal) {
        const int width = 30;
        const int filled = progress.total > 0
            ? int(width * progress.done / std::max<qint64>(progress.total, 1))
            : 0;
        m_err << '\r' << phase.leftJustified(26) << " [" << QString(filled, u'#')
              << QString(width - filled, u' ') << "] " << progress.done << '/' << progress.total
              << ' ' << rate << "   ";
        m_err.flush();
        m_barShown = true;
        return;
    }
    // Plain lines: at each phase change and every 10%.
    const qint64 step = std::max<qint64>(progress.total / 10, 1);
    if (progress.phase == m_lastPhase && m_lastPrinted >= 0
        && progress.done / step == m_lastPrinted / step && progress.done < progress.total)
        return;
    m_lastPhase = progress.phase;
    m_lastPrinted = progress.done;
    m_err << phase << ": " << progress.done << '/' << progress.total
          << (rate.isEmpty() ? QString() : u' ' + rate) << Qt::endl;
}

void ProgressPrinter::log(const satellite::SyncLogEntry &entry)
{
    finish();
    m_err << entry.text << Qt::endl;
}

void ProgressPrinter::finish()
{
    if (m_barShown)
        m_err << Qt::endl;
    m_barShown = false;
}
