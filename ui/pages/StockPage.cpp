#include "StockPage.h"

#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "stock/ExpiryChart.h"
#include "stock/ItemConsumption.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace satellite::ui {

namespace {

using Show = ScreenQueries::StockFilter::Show;

} // namespace

StockPage::StockPage(Database &db, QWidget *parent)
    : RecordPage(db, tr("Stock"), RecordViews::stock(), tr("Batches"), RecordViews::batches, parent)
    , m_show(new QComboBox(this))
    , m_months(new QSpinBox(this))
    , m_chart(new ExpiryChart(db, this))
    , m_consumption(new ItemConsumption(db, this))
{
    m_show->setAccessibleName(tr("Items shown"));
    m_show->addItem(tr("In stock"), QVariant::fromValue(int(Show::InStock)));
    m_show->addItem(tr("Expiring within"), QVariant::fromValue(int(Show::ExpiringSoon)));
    m_show->addItem(tr("Expired"), QVariant::fromValue(int(Show::Expired)));
    m_show->addItem(tr("Out of stock"), QVariant::fromValue(int(Show::OutOfStock)));
    m_show->addItem(tr("All items"), QVariant::fromValue(int(Show::All)));
    m_months->setRange(1, 36);
    m_months->setValue(m_filter.months);
    m_months->setAccessibleName(tr("Months ahead"));
    showMonthsSuffix();
    m_months->setEnabled(false);
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_show);
    addFilter(m_months);
    addFilter(m_show); // before the months: "Expiring within [3 months]"
    addFilter(showLabel);
    connect(m_show, &QComboBox::currentIndexChanged, this, &StockPage::filterChosen);
    connect(m_months, &QSpinBox::valueChanged, this, &StockPage::filterChosen);
    connect(m_months, &QSpinBox::valueChanged, this, &StockPage::showMonthsSuffix);

    addAboveList(m_chart);
    connect(m_chart, &ExpiryChart::monthChosen, this, [this](const QDate &month) {
        setFilter({Show::ExpiringInMonth, m_filter.months, month});
    });
    addBesideDetails(m_consumption);
    connect(this, &RecordPage::currentIdChanged, this, &StockPage::showConsumption);
    connect(this, &RecordPage::refreshed, m_chart, &ExpiryChart::reload);
    // Open past midnight: what is expired, and so available, is counted from the new day.
    connect(this, &RecordPage::refreshed, this, [this] {
        if (m_filterDay != QDate::currentDate())
            setFilter(m_filter);
    });
}

void StockPage::showConsumption(const QString &itemId)
{
    const QVariant available
        = model()->valueAt(model()->rowOf(itemId), QStringLiteral("available"));
    m_consumption->showItem(itemId, available.toDouble());
}

void StockPage::showMonthsSuffix()
{
    // The number is the spin box's own: the words after it agree with it.
    m_months->setSuffix(tr(" month(s)", "after a number of months", m_months->value()));
}

void StockPage::filterChosen()
{
    ScreenQueries::StockFilter filter;
    filter.show = Show(m_show->currentData().toInt());
    filter.months = m_months->value();
    if (filter.show == Show::ExpiringInMonth)
        filter.month = m_clickedMonth; // its entry chosen again
    setFilter(filter);
}

void StockPage::setFilter(const ScreenQueries::StockFilter &filter)
{
    m_filter = filter;
    {
        const QSignalBlocker quietShow(m_show);
        const QSignalBlocker quietMonths(m_months);
        int at = m_show->findData(int(filter.show));
        if (filter.show == Show::ExpiringInMonth) {
            m_clickedMonth = filter.month;
            // The month clicked on the chart: an entry of its own, until another is chosen.
            const QString month = tr("Expiring in %1")
                                      .arg(QLocale().standaloneMonthName(filter.month.month())
                                           + u' ' + QString::number(filter.month.year()));
            if (at < 0) {
                m_show->addItem(month, int(Show::ExpiringInMonth));
                at = m_show->count() - 1;
            }
            m_show->setItemText(at, month);
        }
        m_show->setCurrentIndex(at);
        m_months->setValue(filter.months);
        m_months->setEnabled(filter.show == Show::ExpiringSoon);
    }
    m_filterDay = QDate::currentDate();
    setQuery(RecordViews::stock(filter).query);
}

} // namespace satellite::ui
