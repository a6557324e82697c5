#pragma once

#include "Database.h"
#include "SqlStatement.h"

#include <QString>

namespace satellite {

// Invoice numbers per store and invoice type, never given twice: a number is
// taken in the transaction that writes its invoice, so a crash either keeps
// both or neither. Numbers the primary gave this store's invoices are skipped.
class InvoiceNumbers
{
public:
    explicit InvoiceNumbers(Database &db);

    // Call inside the transaction that writes the invoice.
    qint64 take(const QString &storeId, const QString &type);

private:
    SqlStatement m_last;
    SqlStatement m_highestHeld;
    SqlStatement m_save;
};

} // namespace satellite
