#include "InvoicesPage.h"

#include "models/RecordViews.h"

namespace satellite::ui {

InvoicesPage::InvoicesPage(Database &db, QWidget *parent)
    : RecordPage(db, tr("Invoices"), RecordViews::invoices(), tr("Lines"),
                 RecordViews::invoiceLines, parent)
{ }

} // namespace satellite::ui
