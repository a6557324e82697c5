#pragma once

#include "ScreenQuery.h"

#include <QString>

namespace satellite {

// What each list of the desktop app reads, one function per list; the keys
// of its columns are listed with it. Record IDs are bound parameters.
class ScreenQueries
{
public:
    // Items with their stock here: item, code, onHand, available (units), nearestExpiry.
    static ScreenQuery stock();
    // An item's batches: batch, expiry, packs, packSize, location, hold.
    static ScreenQuery batchesOf(const QString &itemId);
    // Patients: name, code, born, female.
    static ScreenQuery patients();
    // Invoices (same keys as invoices()) of one name: a patient's dispensings,
    // a supplier's deliveries, a customer's orders.
    static ScreenQuery invoicesOf(const QString &nameId);
    // Every invoice: number, type (the record's type, or "prescription" for a
    // dispensing), status, otherParty, date, total.
    static ScreenQuery invoices();
    // An invoice's lines: item, batch, expiry, packs, pricePerPack, lineTotal.
    static ScreenQuery linesOf(const QString &invoiceId);
    // Items: item, code, kind, strength, defaultPackSize.
    static ScreenQuery items();
    // Names other than patients: name, code, kind, phone.
    static ScreenQuery names();
    // Sync runs: started, seconds, sent, received, quarantined, result, error.
    static ScreenQuery syncRuns();
    // Records received that could not be stored: type, record, reason, raw.
    static ScreenQuery quarantined();
};

} // namespace satellite
