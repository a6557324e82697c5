#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;
class QLabel;

namespace satellite {
class Database;
} // namespace satellite

namespace satellite::ui {

// Beside an item's batches: the units that left the store (dispensed, sold)
// in each month of the last year, as a chart, and how many months the
// available stock lasts at that rate.
class ItemConsumption : public QWidget
{
    Q_OBJECT
public:
    explicit ItemConsumption(Database &db, QWidget *parent = nullptr);

    // An item and its available units; an empty ID clears it.
    void showItem(const QString &itemId, double availableUnits);
    QString itemId() const { return m_itemId; }
    // Units per month, the oldest first, twelve of them.
    const QList<double> &unitsPerMonth() const { return m_units; }
    // Months the available stock lasts at the year's rate; negative: not used.
    double monthsLeft() const { return m_monthsLeft; }
    QLabel *summaryLabel() const { return m_summary; }

    static constexpr int monthsShown = 12;

private:
    void read(const QDate &today);
    void draw(const QDate &today);
    QString monthsLeftText() const;

    Database &m_db;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_series;
    QLabel *m_summary;
    QString m_itemId;
    QList<double> m_units;
    double m_monthsLeft = -1;
    QString m_problem;
};

} // namespace satellite::ui
