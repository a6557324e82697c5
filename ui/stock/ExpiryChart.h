#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;

namespace satellite {
class Database;
} // namespace satellite

namespace satellite::ui {

// The Stock page's chart: the units and their value (at cost) that expire
// in each of the next twelve months. Clicking a month's bar asks for the
// items expiring then; the same figures in words are its tooltip and its
// accessible description.
class ExpiryChart : public QWidget
{
    Q_OBJECT
public:
    struct Month
    {
        QDate first; // its first day
        double units = 0;
        double value = 0;
    };

    explicit ExpiryChart(Database &db, QWidget *parent = nullptr);

    // Reads the figures again (after a sync, a count, a delivery).
    void reload();
    const QList<Month> &months() const { return m_months; }
    QString currency() const { return m_currency; }
    QBarSeries *series() const { return m_series; }
    // The figures in words (the chart's tooltip and accessible description).
    QString summaryText() const { return m_summary; }

    static constexpr int monthsShown = 12;

signals:
    // A month's bar was clicked: any day of it.
    void monthChosen(const QDate &month);

private:
    void read();
    void draw();
    QString summary() const;

    Database &m_db;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_series;
    QLineSeries *m_value;
    QLabel *m_title;
    QString m_summary;
    QList<Month> m_months;
    QString m_currency;
    QString m_problem;
};

} // namespace satellite::ui
