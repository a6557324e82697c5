#pragma once

#include "sync/SyncTypes.h"

#include <QString>
#include <QTextStream>
#include <optional>

// Shows sync progress on stderr, in SyncProgress::describe()'s words: on a
// terminal one line redrawn in place (a bar, then the words with the rate and
// the time left), cleared for log lines and at the end; otherwise (logs,
// pipes, CI) plain lines at each phase and every 10% (a wait to retry is
// the log's to say there).
class ProgressPrinter
{
public:
    ProgressPrinter();

    void show(const satellite::SyncProgress &progress);
    void log(const satellite::SyncLogEntry &entry);
    // The sync ended: the bar goes, leaving the line to its summary.
    void finish();

private:
    void draw();
    void clearBar();
    bool isNewLine(const satellite::SyncProgress &progress) const;
    static int terminalColumns();

    QTextStream m_err;
    bool m_terminal;
    QString m_bar; // what the terminal line shows now; empty: nothing
    std::optional<satellite::SyncProgress> m_last; // last shown
    qint64 m_lastPrintedTenth = -1;
};
