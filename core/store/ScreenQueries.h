#pragma once

#include "ScreenQuery.h"

#include <QDate>
#include <QString>

namespace satellite {

// What each list of the desktop app reads, one function per list; the keys
// of its columns are listed with it. Record IDs are bound parameters.
class ScreenQueries
{
public:
    // Which items the Stock page lists.
    struct StockFilter
    {
        enum class Show {
            InStock, // some stock on hand
            ExpiringSoon, // a batch with stock expires within `months`
            Expired, // a batch with stock has expired
            OutOfStock,
            ExpiringInMonth, // a batch with stock expires in `month`
            All,
        };
        Show show = Show::InStock;
        int months = 3;
        QDate month; // any day of it
    };
    // Which invoices the Invoices page lists; empty or invalid: any.
    struct InvoiceFilter
    {
        QString type; // as the `type` column says: "prescription", "si", ...
        QDate from;
        QDate to; // included
    };

    // Items with their stock here: item, code, onHand, available (units:
    // neither expired on `today` nor held), nearestExpiry.
    static ScreenQuery stock(const QDate &today, const StockFilter &filter);
    // Stock expiring in each month from `today`'s for `months` months: month
    // (YYYY-MM), units, value (at cost), currency (the store's).
    static ScreenQuery expiringByMonth(const QDate &today, int months);
    // Units of an item that left the store in each month of the year up to
    // `today` (dispensed, sold): month (YYYY-MM), units.
    static ScreenQuery consumptionOf(const QString &itemId, const QDate &today);
    // An item's batches: batch, expiry, packs, packSize, location, hold.
    static ScreenQuery batchesOf(const QString &itemId);
    // Patients: name, code, born, female, nhn (national health number),
    // phone, address. A search looks in the name and the code, and a word
    // with a digit in the nhn too.
    static ScreenQuery patients();
    // Invoices (same keys as invoices()) of one name: a patient's dispensings,
    // a supplier's deliveries, a customer's orders.
    static ScreenQuery invoicesOf(const QString &nameId);
    // Invoices, the newest first: number, type (the record's type, or
    // "prescription" for a dispensing), status, otherParty, date, total,
    // currency (the invoice's, else the store's).
    static ScreenQuery invoices(const InvoiceFilter &filter);
    // An invoice's lines: item, batch, expiry, packs, pricePerPack, lineTotal, currency.
    static ScreenQuery linesOf(const QString &invoiceId);
    // Items: item, code, kind, strength, defaultPackSize.
    static ScreenQuery items();
    // Names other than patients: name, code, kind (the record's type; a
    // facility's is "facility" with "-supplier" and "-customer" as it is
    // either), phone.
    static ScreenQuery names();
    // Sync runs: started, seconds, sent, received, quarantined, result, error.
    static ScreenQuery syncRuns();
    // Records received that could not be stored: type, record, reason, raw.
    static ScreenQuery quarantined();
};

} // namespace satellite
