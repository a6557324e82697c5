#pragma once

#include "store/ScreenQueries.h"
#include "widgets/RecordPage.h"

class QComboBox;
class QSpinBox;

namespace satellite::ui {

class ExpiryChart;
class ItemConsumption;

// The Stock page: the store's items with their stock (in stock only at
// first; expiring within some months, expired, out of stock or all on
// demand), and the selected item's batches, the soonest to expire first,
// beside how much of it is used; above them, a chart of what expires in
// the coming months (a month clicked lists its items).
class StockPage : public RecordPage
{
    Q_OBJECT
public:
    explicit StockPage(Database &db, QWidget *parent = nullptr);

    QComboBox *showFilter() const { return m_show; }
    QSpinBox *monthsField() const { return m_months; }
    ExpiryChart *expiryChart() const { return m_chart; }
    ItemConsumption *consumption() const { return m_consumption; }
    ScreenQueries::StockFilter filter() const { return m_filter; }
    // Lists the items as `filter` says, and shows it in the filter's widgets.
    void setFilter(const ScreenQueries::StockFilter &filter);

private:
    void filterChosen();
    void showMonthsSuffix();
    void showConsumption(const QString &itemId);

    QComboBox *m_show;
    QSpinBox *m_months;
    ExpiryChart *m_chart;
    ItemConsumption *m_consumption;
    ScreenQueries::StockFilter m_filter;
    QDate m_clickedMonth; // the month last clicked on the chart
    QDate m_filterDay = QDate::currentDate(); // the day the list's query counts from
};

} // namespace satellite::ui
