#pragma once

#include "sync/SyncTypes.h"

#include <QTextStream>

// Shows sync progress on stderr: a bar redrawn in place on a terminal, plain
// lines otherwise (logs, pipes, CI).
class ProgressPrinter
{
public:
    ProgressPrinter();

    void show(const satellite::SyncProgress &progress);
    void log(const satellite::SyncLogEntry &entry);
    void finish();

private:
    QTextStream m_err;
    bool m_terminal;
    bool m_barShown = false;
    satellite::SyncProgress::Phase m_lastPhase = satellite::SyncProgress::Phase::Connecting;
    qint64 m_lastPrinted = -1;
};
