#include "ItemConsumption.h"

#include "BackgroundRead.h"
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
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

namespace satellite::ui {

namespace {

QDate firstMonthShown(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(1 - ItemConsumption::monthsShown);
}

} // namespace

ItemConsumption::ItemConsumption(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QBarSeries) // the chart's, once added
    , m_summary(new QLabel(this))
    , m_readDelay(new QTimer(this))
    , m_units(monthsShown, 0.0)
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
    // Arrowing down the list reads only the item she stops at.
    m_readDelay->setSingleShot(true);
    m_readDelay->setInterval(150);
    connect(m_readDelay, &QTimer::timeout, this, &ItemConsumption::readLater);
    draw(QDate::currentDate());
    m_summary->setText(tr("Choose an item to see how much of it is used."));
}

void ItemConsumption::showItem(const QString &itemId, double availableUnits)
{
    ++m_generation;
    m_itemId = itemId;
    m_available = availableUnits;
    m_units = QList<double>(monthsShown, 0.0);
    m_monthsLeft = -1;
    draw(QDate::currentDate());
    m_reading = !itemId.isEmpty();
    if (m_reading) {
        m_summary->setText(tr("Reading how much of it is used…"));
        m_readDelay->start();
    } else {
        m_readDelay->stop();
        m_summary->setText(tr("Choose an item to see how much of it is used."));
    }
    m_view->setAccessibleDescription(m_summary->text());
}

void ItemConsumption::readLater()
{
    const QString itemId = m_itemId;
    const QDate today = QDate::currentDate();
    readInBackground<Usage>(
        m_db.path(), this,
        [itemId, today](LocalStore &store) { return read(store.db, itemId, today); },
        [this, generation = m_generation](const Usage &usage) {
            if (generation == m_generation)
                show(usage);
        });
}

// On a pool thread, over its own connection.
ItemConsumption::Usage ItemConsumption::read(Database &db, const QString &itemId,
                                             const QDate &today)
{
    const QDate first = firstMonthShown(today);
    Usage usage{QList<double>(monthsShown, 0.0), QString()};
    try {
        const ScreenQuery query = ScreenQueries::consumptionOf(itemId, today);
        const ScreenQueryRunner::Page page = ScreenQueryRunner(db).first(query, {}, monthsShown);
        for (const ScreenQueryRunner::Row &row : page.rows) {
            const QDate month
                = QDate::fromString(row.value(1 + query.indexOf(QStringLiteral("month"))).toString()
                                        + QStringLiteral("-01"),
                                    Qt::ISODate);
            const int at = (month.year() - first.year()) * 12 + month.month() - first.month();
            if (month.isValid() && at >= 0 && at < monthsShown)
                usage.units[at] = row.value(1 + query.indexOf(QStringLiteral("units"))).toDouble();
        }
    } catch (const StoreError &error) {
        usage.problem = error.message();
    }
    return usage;
}

void ItemConsumption::show(const Usage &usage)
{
    m_reading = false;
    m_units = usage.units;
    const double perMonth = std::accumulate(m_units.cbegin(), m_units.cend(), 0.0) / monthsShown;
    m_monthsLeft = perMonth > 0 ? std::max(0.0, m_available) / perMonth : -1;
    draw(QDate::currentDate());
    if (!usage.problem.isEmpty())
        m_summary->setText(tr("Its use cannot be read now (%1).").arg(usage.problem));
    else if (m_monthsLeft < 0)
        m_summary->setText(tr("Not used in the last 12 months."));
    else
        m_summary->setText(tr("%1 units used a month on average.")
                               .arg(QLocale().toString(perMonth, 'f', perMonth < 10 ? 1 : 0))
                           + u' ' + monthsLeftText());
    m_view->setAccessibleDescription(m_summary->text());
    emit shown();
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

void ItemConsumption::draw(const QDate &today)
{
    m_series->clear();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // given back: ours to delete
        delete axis;
    }
    const QDate first = firstMonthShown(today);
    auto *used = new QBarSet(tr("Units used"));
    QStringList names;
    for (int at = 0; at < monthsShown; ++at) {
        used->append(m_units.at(at));
        names.append(QLocale().monthName(first.addMonths(at).month(), QLocale::ShortFormat));
    }
    m_series->append(used);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(names);
    // Twelve names do not fit a narrow pane: the title says which months.
    monthAxis->setLabelsVisible(false);
    m_chart->setTitle(
        tr("Units used per month, %1 to %2")
            .arg(QLocale().toString(first, QStringLiteral("MMM yyyy")),
                 QLocale().toString(first.addMonths(monthsShown - 1), QStringLiteral("MMM yyyy"))));
    auto *unitsAxis = new QValueAxis;
    const double most = *std::max_element(m_units.cbegin(), m_units.cend());
    unitsAxis->setRange(0, most > 0 ? most * 1.1 : 1);
    unitsAxis->setLabelFormat(QStringLiteral("%.0f"));
    unitsAxis->applyNiceNumbers();
    m_chart->addAxis(monthAxis, Qt::AlignBottom);
    m_chart->addAxis(unitsAxis, Qt::AlignLeft);
    m_series->attachAxis(monthAxis);
    m_series->attachAxis(unitsAxis);
}

} // namespace satellite::ui
