#pragma once

#include "widgets/RecordPage.h"

namespace satellite::ui {

// The Invoices page: every invoice of the store, and the selected one's lines.
class InvoicesPage : public RecordPage
{
    Q_OBJECT
public:
    explicit InvoicesPage(Database &db, QWidget *parent = nullptr);
};

} // namespace satellite::ui
