#pragma once

#include "ScreenView.h"
#include "store/ScreenQueries.h"

#include <QCoreApplication>
#include <QDate>

namespace satellite::ui {

// What each page of the main window lists: the store's query of the Stock,
// Patients, Invoices, Items and Names views (core/store ScreenQueries), and
// their columns in the pharmacist's words.
class RecordViews
{
    Q_DECLARE_TR_FUNCTIONS(RecordViews)
public:
    static ScreenView stock(); // in stock only
    static ScreenView stock(const ScreenQueries::StockFilter &filter);
    static ScreenView batches(const QString &itemId);
    static ScreenView patients();
    // A name's invoices: a supplier's deliveries, a customer's orders.
    static ScreenView invoicesOf(const QString &nameId);
    static ScreenView invoices(); // every one
    static ScreenView invoices(const ScreenQueries::InvoiceFilter &filter);
    static ScreenView invoiceLines(const QString &invoiceId);
    static ScreenView items();
    static ScreenView names();

    // "ci" -> "Customer invoice", "prescription" -> "Prescription", ...
    static QString invoiceType(const QString &type);
    static QString invoiceStatus(const QString &status);
    // A calendar date as the clinic writes it; no time zone involved.
    static QString calendarDate(const QString &isoDate);
    // Expired stock in red, stock expiring within three months in orange.
    static QVariant expiryColour(const QString &isoDate, const QDate &today);
    // The same in words: "Expired on 07/06/2026", "01/02/2027 · expires in 23 days".
    static QString expiryText(const QString &isoDate, const QDate &today);
    // "general" -> "Stock item", ...
    static QString itemKind(const QString &kind);
    // "invad" -> "Inventory adjustments", "facility-supplier" -> "Supplier", ...
    static QString nameKind(const QString &kind);

    static constexpr int expiringSoonMonths = 3;
};

} // namespace satellite::ui
