#include "ItemConsumption.h"

#include "store/ScreenQueries.h"
#include "store/ScreenQueryRunner.h"
#include "store/StoreError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

namespace satellite::ui {

ItemConsumption::ItemConsumption(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QBarSeries) // the chart's, once added
    , m_summary(new QLabel(this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->addSeries(m_series);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 140);
    m_view->setAccessibleName(tr("Units used per month"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Months of stock left"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    showItem(QString(), 0);
}

void ItemConsumption::showItem(const QString &itemId, double availableUnits)
{
    if (itemId.isEmpty() && m_itemId.isEmpty() && !m_units.isEmpty())
        return; // still nothing to show
    const QDate today = QDate::currentDate();
    m_itemId = itemId;
    read(today);
    const double perMonth = std::accumulate(m_units.cbegin(), m_units.cend(), 0.0) / monthsShown;
    m_monthsLeft = perMonth > 0 ? std::max(0.0, availableUnits) / perMonth : -1;
    draw(today);
    if (itemId.isEmpty())
        m_summary->setText(tr("Choose an item to see how much of it is used."));
    else if (!m_problem.isEmpty())
        m_summary->setText(tr("Its use cannot be read now (%1).").arg(m_problem));
    else if (m_monthsLeft < 0)
        m_summary->setText(tr("Not used in the last 12 months."));
    else
        m_summary->setText(tr("%1 units used a month on average.")
                               .arg(QLocale().toString(perMonth, 'f', perMonth < 10 ? 1 : 0))
                           + u' ' + monthsLeftText());
    m_view->setAccessibleDescription(m_summary->text());
}

QString ItemConsumption::monthsLeftText() const
{
    if (m_monthsLeft < 1)
        return tr("The available stock lasts less than a month at that rate.");
    if (m_monthsLeft > 24)
        return tr("The available stock lasts about %n year(s) at that rate.", nullptr,
                  int(m_monthsLeft / 12));
    return tr("The available stock lasts about %n month(s) at that rate.", nullptr,
              qRound(m_monthsLeft));
}

void ItemConsumption::read(const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - monthsShown);
    m_units = QList<double>(monthsShown, 0.0);
    m_problem.clear();
    if (m_itemId.isEmpty())
        return;
    try {
        const ScreenQuery query = ScreenQueries::consumptionOf(m_itemId, today);
        const ScreenQueryRunner::Page page = ScreenQueryRunner(m_db).first(query, {}, monthsShown);
        for (const ScreenQueryRunner::Row &row : page.rows) {
            const QDate month
                = QDate::fromString(row.value(1 + query.indexOf(QStringLiteral("month"))).toString()
                                        + QStringLiteral("-01"),
                                    Qt::ISODate);
            const int at = (month.year() - first.year()) * 12 + month.month() - first.month();
            if (month.isValid() && at >= 0 && at < monthsShown)
                m_units[at] = row.value(1 + query.indexOf(QStringLiteral("units"))).toDouble();
        }
    } catch (const StoreError &error) {
        m_problem = error.message();
    }
}

void ItemConsumption::draw(const QDate &today)
{
    m_series->clear();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // given back: ours to delete
        delete axis;
    }
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - monthsShown);
    auto *used = new QBarSet(tr("Units used"));
    QStringList names;
    for (int at = 0; at < monthsShown; ++at) {
        used->append(m_units.at(at));
        names.append(QLocale().monthName(first.addMonths(at).month(), QLocale::ShortFormat));
    }
    m_series->append(used);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(names);
    auto *unitsAxis = new QValueAxis;
    const double most = *std::max_element(m_units.cbegin(), m_units.cend());
    unitsAxis->setRange(0, most > 0 ? most * 1.1 : 1);
    unitsAxis->setLabelFormat(QStringLiteral("%.0f"));
    unitsAxis->applyNiceNumbers();
    // Twelve names do not fit a narrow pane: the title says which months.
    monthAxis->setLabelsVisible(false);
    m_chart->setTitle(
        tr("Units used per month, %1 to %2")
            .arg(QLocale().toString(first, QStringLiteral("MMM yyyy")),
                 QLocale().toString(first.addMonths(monthsShown - 1), QStringLiteral("MMM yyyy"))));
    m_chart->addAxis(monthAxis, Qt::AlignBottom);
    m_chart->addAxis(unitsAxis, Qt::AlignLeft);
    m_series->attachAxis(monthAxis);
    m_series->attachAxis(unitsAxis);
}

} // namespace satellite::ui
