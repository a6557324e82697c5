#include "ExpiryChart.h"

#include "store/ScreenQueries.h"
#include "store/ScreenQueryRunner.h"
#include "store/StoreError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace satellite::ui {

ExpiryChart::ExpiryChart(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QBarSeries) // the chart's, once added
    , m_value(new QLineSeries)
    , m_title(new QLabel(this))
{
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_value);
    m_value->setPointsVisible(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    m_view->setAccessibleName(tr("Stock expiring per month"));
    m_title->setText(tr("Stock expiring in the next 12 months: click a month to list its items"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(m_series, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_months.size())
            emit monthChosen(m_months.at(index).first);
    });
    reload();
}

void ExpiryChart::reload()
{
    read();
    draw();
}

// One entry for each month shown, those with nothing expiring included.
void ExpiryChart::read()
{
    const QDate today = QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    m_months.clear();
    for (int month = 0; month < monthsShown; ++month)
        m_months.append({first.addMonths(month), 0, 0});
    m_problem.clear();
    try {
        const ScreenQuery query = ScreenQueries::expiringByMonth(today, monthsShown);
        ScreenQueryRunner runner(m_db);
        const ScreenQueryRunner::Page page = runner.first(query, {}, monthsShown);
        for (const ScreenQueryRunner::Row &row : page.rows) {
            const QDate month
                = QDate::fromString(row.value(1 + query.indexOf(QStringLiteral("month"))).toString()
                                        + QStringLiteral("-01"),
                                    Qt::ISODate);
            const qsizetype at = first.isValid()
                ? (month.year() - first.year()) * 12 + month.month() - first.month()
                : -1;
            if (at < 0 || at >= m_months.size())
                continue;
            m_months[at].units = row.value(1 + query.indexOf(QStringLiteral("units"))).toDouble();
            m_months[at].value = row.value(1 + query.indexOf(QStringLiteral("value"))).toDouble();
            m_currency = row.value(1 + query.indexOf(QStringLiteral("currency"))).toString();
        }
    } catch (const StoreError &error) {
        m_problem = error.message();
    }
}

// Units as bars on the left axis, their value as a line on the right one:
// a few dollars beside thousands of tablets would not show on one scale.
void ExpiryChart::draw()
{
    m_series->clear();
    m_value->clear();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // given back: ours to delete
        delete axis;
    }
    auto *units = new QBarSet(tr("Units"));
    m_value->setName(m_currency.isEmpty() ? tr("Value at cost")
                                          : tr("Value at cost (%1)").arg(m_currency));
    QStringList names;
    double mostUnits = 0;
    double mostValue = 0;
    for (qsizetype at = 0; at < m_months.size(); ++at) {
        const Month &month = m_months.at(at);
        units->append(month.units);
        m_value->append(double(at), month.value);
        mostUnits = std::max(mostUnits, month.units);
        mostValue = std::max(mostValue, month.value);
        names.append(QLocale().monthName(month.first.month(), QLocale::ShortFormat));
    }
    m_series->append(units);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(names);
    auto *unitsAxis = new QValueAxis;
    unitsAxis->setRange(0, mostUnits > 0 ? mostUnits * 1.1 : 1);
    unitsAxis->setLabelFormat(QStringLiteral("%.0f"));
    unitsAxis->setTitleText(tr("Units"));
    unitsAxis->applyNiceNumbers();
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, mostValue > 0 ? mostValue * 1.1 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_currency);
    valueAxis->applyNiceNumbers();
    m_chart->addAxis(monthAxis, Qt::AlignBottom);
    m_chart->addAxis(unitsAxis, Qt::AlignLeft);
    m_chart->addAxis(valueAxis, Qt::AlignRight);
    m_series->attachAxis(monthAxis);
    m_series->attachAxis(unitsAxis);
    m_value->attachAxis(monthAxis);
    m_value->attachAxis(valueAxis);
    // The figures in words: read aloud, or shown over the chart.
    m_summary = summary();
    m_view->setAccessibleDescription(m_summary);
    m_view->setToolTip(m_summary);
}

// The chart in words: for those who cannot see it, and to read exact figures.
QString ExpiryChart::summary() const
{
    if (!m_problem.isEmpty())
        return tr("The stock expiring cannot be read now (%1).").arg(m_problem);
    QStringList parts;
    for (const Month &month : m_months) {
        if (month.units <= 0)
            continue;
        parts.append(tr("%1: %2 units (%3)")
                         .arg(QLocale().toString(month.first, QStringLiteral("MMM yyyy")),
                              QLocale().toString(month.units, 'f', 0),
                              QLocale().toCurrencyString(month.value, m_currency, 2)));
    }
    return parts.isEmpty() ? tr("Nothing expires in the next 12 months.")
                           : tr("Expiring: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace satellite::ui
