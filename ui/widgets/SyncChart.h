#pragma once

#include "store/SyncHistory.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace satellite::ui {

// The Sync page's chart: records received and sent, and how long each sync
// took, per sync over time.
class SyncChart : public QWidget
{
    Q_OBJECT
public:
    explicit SyncChart(QWidget *parent = nullptr);

    // Runs as SyncHistory::recent() gives them, newest first; unfinished ones are left out.
    void showRuns(const QList<SyncRun> &runs);
    QLineSeries *receivedSeries() const { return m_received; }
    QLineSeries *sentSeries() const { return m_sent; }
    QLineSeries *durationSeries() const { return m_duration; }

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_received;
    QLineSeries *m_sent;
    QLineSeries *m_duration;
    QDateTimeAxis *m_time;
    QValueAxis *m_records;
    QValueAxis *m_seconds;
};

} // namespace satellite::ui
