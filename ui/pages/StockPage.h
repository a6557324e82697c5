#pragma once

#include "widgets/RecordPage.h"

namespace satellite::ui {

// The Stock page: the store's items with their stock, and the selected
// item's batches.
class StockPage : public RecordPage
{
    Q_OBJECT
public:
    explicit StockPage(Database &db, QWidget *parent = nullptr);
};

} // namespace satellite::ui
