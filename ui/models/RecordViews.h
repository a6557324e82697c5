#pragma once

#include "ScreenView.h"

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
    static ScreenView stock();
    static ScreenView batches(const QString &itemId);
    static ScreenView patients();
    // A name's invoices: a supplier's deliveries, a customer's orders.
    static ScreenView invoicesOf(const QString &nameId);
    static ScreenView invoices();
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
};

} // namespace satellite::ui
