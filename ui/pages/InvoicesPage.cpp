#include "InvoicesPage.h"

#include "models/RecordViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>

namespace satellite::ui {

InvoicesPage::InvoicesPage(Database &db, QWidget *parent)
    : RecordPage(db, tr("Invoices"), RecordViews::invoices(), tr("Lines"),
                 RecordViews::invoiceLines, parent)
    , m_type(new QComboBox(this))
    , m_dates(new QCheckBox(tr("&Dated from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_type->setAccessibleName(tr("Type of invoice"));
    m_type->addItem(tr("All types"));
    for (const char *type : {"prescription", "ci", "si", "cc", "sc", "in"}) {
        const QString code = QString::fromLatin1(type);
        m_type->addItem(RecordViews::invoiceType(code), code);
    }
    // Off at first: every date. The range starts at the last month.
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    for (QDateEdit *field : {m_from, m_to}) {
        field->setCalendarPopup(true);
        field->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First date"));
    m_to->setAccessibleName(tr("Last date"));
    m_to->setToolTip(tr("Invoices of this day are included."));
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto *toLabel = new QLabel(tr("t&o", "dated from [date] to [date]"), this);
    toLabel->setBuddy(m_to);
    addFilter(m_to);
    addFilter(toLabel);
    addFilter(m_from);
    addFilter(m_dates);
    addFilter(m_type);
    addFilter(typeLabel);
    connect(m_type, &QComboBox::currentIndexChanged, this, &InvoicesPage::filterChosen);
    connect(m_dates, &QCheckBox::toggled, this, &InvoicesPage::filterChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesPage::filterChosen);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesPage::filterChosen);
}

ScreenQueries::InvoiceFilter InvoicesPage::filter() const
{
    ScreenQueries::InvoiceFilter filter;
    filter.type = m_type->currentData().toString();
    if (m_dates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    return filter;
}

void InvoicesPage::filterChosen()
{
    m_from->setEnabled(m_dates->isChecked());
    m_to->setEnabled(m_dates->isChecked());
    setQuery(RecordViews::invoices(filter()).query);
}

} // namespace satellite::ui
