#include "InvoiceNumbers.h"

#include <algorithm>

namespace satellite {

InvoiceNumbers::InvoiceNumbers(Database &db)
    : m_last(db.handle(), "SELECT last FROM invoice_number WHERE store_id = ? AND type = ?")
    , m_highestHeld(db.handle(),
                    "SELECT coalesce(max(CAST(code AS INTEGER)), 0) FROM record "
                    "WHERE type = 'transact' AND store_id = ? AND kind = ?")
    , m_save(db.handle(),
             "INSERT INTO invoice_number (store_id, type, last) VALUES (?, ?, ?) "
             "ON CONFLICT (store_id, type) DO UPDATE SET last = excluded.last")
{ }

qint64 InvoiceNumbers::take(const QString &storeId, const QString &type)
{
    m_last.bind(1, storeId).bind(2, type);
    const qint64 last = m_last.step() ? m_last.integer(0) : 0;
    m_last.reset();
    m_highestHeld.bind(1, storeId).bind(2, type);
    const qint64 held = m_highestHeld.step() ? m_highestHeld.integer(0) : 0;
    m_highestHeld.reset();
    const qint64 next = std::max(last, held) + 1;
    m_save.bind(1, storeId).bind(2, type).bind(3, next).run();
    return next;
}

} // namespace satellite
