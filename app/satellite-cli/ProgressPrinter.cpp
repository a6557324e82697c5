#include "ProgressPrinter.h"

#include <algorithm>
#include <sys/ioctl.h>
#include <unistd.h>

using satellite::SyncProgress;

namespace {

constexpr int kBarWidth = 20;

QString barOf(const SyncProgress &progress)
{
    if (progress.total <= 0 || progress.isWaitingToRetry())
        return {};
    const int filled
        = int(kBarWidth * std::clamp<qint64>(progress.done, 0, progress.total) / progress.total);
    return u'[' + QString(filled, u'#') + QString(kBarWidth - filled, u' ') + QStringLiteral("] ");
}

} // namespace

ProgressPrinter::ProgressPrinter()
    : m_err(stderr)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{ }

int ProgressPrinter::terminalColumns()
{
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

void ProgressPrinter::show(const SyncProgress &progress)
{
    if (m_terminal) {
        m_bar = barOf(progress) + progress.describe();
        // Never wider than the terminal: a wrapped line would not be redrawn in place.
        m_bar.truncate(std::max(terminalColumns() - 1, 10));
        draw();
        m_last = progress;
        return;
    }
    if (!isNewLine(progress))
        return;
    m_last = progress;
    m_lastPrintedTenth = progress.total > 0 ? progress.done * 10 / progress.total : -1;
    m_err << progress.describe() << Qt::endl;
}

// Plain lines: a new phase, each tenth of it and its end.
bool ProgressPrinter::isNewLine(const SyncProgress &progress) const
{
    if (!m_last || m_last->phase != progress.phase)
        return !progress.isWaitingToRetry();
    if (progress.isWaitingToRetry() || m_last->isWaitingToRetry())
        return false; // the log says what failed and when it is tried again
    if (progress.total <= 0)
        return false;
    if (progress.done >= progress.total)
        return m_last->done < m_last->total || m_last->total != progress.total;
    return progress.done * 10 / progress.total > m_lastPrintedTenth;
}

void ProgressPrinter::draw()
{
    // \r, the line, and \x1b[K (erase to the end of the line) for what a longer one left.
    m_err << '\r' << m_bar << "\x1b[K";
    m_err.flush();
}

void ProgressPrinter::clearBar()
{
    if (!m_terminal || m_bar.isEmpty())
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
}

void ProgressPrinter::log(const satellite::SyncLogEntry &entry)
{
    clearBar();
    m_err << entry.text << Qt::endl;
    if (m_terminal && !m_bar.isEmpty())
        draw();
}

void ProgressPrinter::finish()
{
    clearBar();
    m_bar.clear();
}
