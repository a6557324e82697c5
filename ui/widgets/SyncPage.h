#pragma once

#include "sync/SyncTypes.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace satellite {
class LocalStore;
} // namespace satellite

namespace satellite::ui {

class QueryTableModel;
class SyncChart;

// What the sync is doing and has done: the current phase with a progress bar,
// the history of runs, the records held back — those received that could
// not be stored (quarantine: raw JSON and reason) beside the changes the
// primary refused (in words, with its words; sent again or given up after
// saying what is lost) — and the log.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(LocalStore &store, QWidget *parent = nullptr);
    ~SyncPage() override;

    void showProgress(const SyncProgress &progress);
    void addLog(const SyncLogEntry &entry);
    void showOutcome(const SyncOutcome &outcome);
    void refresh();
    // The whole log: the lines kept from before this start, then this session's.
    QStringList logLines();
    // Writes the whole log to `path`; says how it went in the log's note.
    bool exportLog(const QString &path);
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *logNote() const { return m_logNote; }
    SyncChart *chart() const { return m_chart; }

    QueryTableModel *historyModel() const { return m_history.get(); }
    QueryTableModel *quarantineModel() const { return m_quarantine.get(); }
    QProgressBar *progressBar() const { return m_progress; }
    QTableWidget *refusedTable() const { return m_refused; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QPushButton *discardButton() const { return m_discard; }
    QLabel *refusedNote() const { return m_refusedNote; }
    // The selected refused change: queued again for the next sync.
    void sendAgain();
    // Asks first (a dialog saying what is lost), then gives the selected refused change up.
    void confirmDiscard();

signals:
    void retryQuarantineRequested();
    // Refused changes were queued again or given up: the counts change.
    void outgoingChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    static QString logLine(const QDateTime &at, int level, const QString &text);
    void loadKeptLog();
    void chooseExportFile();
    void showChart();
    QWidget *createQuarantineBox();
    QWidget *createRefusedBox();
    void filterLog();
    void showRefused();
    // The selected refused change: its number and what it changed, in words.
    std::optional<std::pair<qint64, QString>> selectedRefusal() const;
    void discard(qint64 seq, const QString &change);

    std::unique_ptr<QueryTableModel> m_history;
    std::unique_ptr<QueryTableModel> m_quarantine;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QPlainTextEdit *m_raw;
    LocalStore &m_store;
    QTableWidget *m_refused;
    QPushButton *m_sendAgain;
    QPushButton *m_discard;
    QLabel *m_refusedNote;
    SyncChart *m_chart;
    QLineEdit *m_logFilter;
    QPlainTextEdit *m_log;
    QPushButton *m_exportLog;
    QLabel *m_logNote;
    QStringList m_logLines;
    qint64 m_keptUpTo; // the last line kept before this start
    bool m_keptLoaded = false;
};

} // namespace satellite::ui
