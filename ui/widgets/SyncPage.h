#pragma once

#include "sync/SyncTypes.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
struct sqlite3;

namespace satellite::ui {

class QueryTableModel;

// What the sync is doing and has done: the current phase with a progress bar,
// the history of runs, the quarantined records (raw JSON and reason), the log.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(sqlite3 *db, QWidget *parent = nullptr);
    ~SyncPage() override;

    void showProgress(const SyncProgress &progress);
    void addLog(const SyncLogEntry &entry);
    void showOutcome(const SyncOutcome &outcome);
    void refresh();

    QueryTableModel *historyModel() const { return m_history.get(); }
    QueryTableModel *quarantineModel() const { return m_quarantine.get(); }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void retryQuarantineRequested();

private:
    void filterLog();

    std::unique_ptr<QueryTableModel> m_history;
    std::unique_ptr<QueryTableModel> m_quarantine;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QPlainTextEdit *m_raw;
    QLineEdit *m_logFilter;
    QPlainTextEdit *m_log;
    QStringList m_logLines;
};

} // namespace satellite::ui
