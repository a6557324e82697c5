#pragma once

#include "store/ScreenQueries.h"
#include "widgets/RecordPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace satellite::ui {

// The Invoices page: the store's invoices, the newest first, filtered by
// type and by a range of dates, and the selected one's lines.
class InvoicesPage : public RecordPage
{
    Q_OBJECT
public:
    explicit InvoicesPage(Database &db, QWidget *parent = nullptr);

    QComboBox *typeFilter() const { return m_type; }
    QCheckBox *datesFilter() const { return m_dates; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    ScreenQueries::InvoiceFilter filter() const;

private:
    void filterChosen();

    QComboBox *m_type;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace satellite::ui
