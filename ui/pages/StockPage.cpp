#include "StockPage.h"

#include "models/RecordViews.h"

namespace satellite::ui {

StockPage::StockPage(Database &db, QWidget *parent)
    : RecordPage(db, tr("Stock"), RecordViews::stock(), tr("Batches"), RecordViews::batches, parent)
{ }

} // namespace satellite::ui
