#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;
class QLabel;
class QTimer;

namespace satellite {
class Database;
} // namespace satellite

namespace satellite::ui {

// Beside an item's batches: the units that left the store (dispensed, sold)
// in each month of the last year, as a chart, and how many months the
// available stock lasts at that rate. The year's lines are read on another
// thread (a large store has hundreds of thousands): the list never waits.
class ItemConsumption : public QWidget
{
    Q_OBJECT
public:
    explicit ItemConsumption(Database &db, QWidget *parent = nullptr);

    // An item and its available units; an empty ID clears it.
    void showItem(const QString &itemId, double availableUnits);
    QString itemId() const { return m_itemId; }
    // Whether the item's use is being read.
    bool isReading() const { return m_reading; }
    // Units per month, the oldest first, twelve of them.
    const QList<double> &unitsPerMonth() const { return m_units; }
    // Months the available stock lasts at the year's rate; negative: not used.
    double monthsLeft() const { return m_monthsLeft; }
    QLabel *summaryLabel() const { return m_summary; }

    static constexpr int monthsShown = 12;

signals:
    // The item's use has been read and is shown.
    void shown();

private:
    // What a read found: units per month, or why they could not be read.
    struct Usage
    {
        QList<double> units;
        QString problem;
    };
    static Usage read(Database &db, const QString &itemId, const QDate &today);
    void readLater();
    void show(const Usage &usage);
    void draw(const QDate &today);
    QString monthsLeftText() const;

    Database &m_db;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_series;
    QLabel *m_summary;
    QTimer *m_readDelay;
    QString m_itemId;
    double m_available = 0;
    QList<double> m_units;
    double m_monthsLeft = -1;
    int m_generation = 0; // a read about an earlier item is let go
    bool m_reading = false;
};

} // namespace satellite::ui
