#pragma once

#include "QuerySpec.h"

#include <QCoreApplication>
#include <QDate>

namespace satellite::ui {

// What each page of the main window lists: the queries and columns of the
// Stock, Patients, Invoices, Items and Names views, in the pharmacist's words.
class RecordViews
{
    Q_DECLARE_TR_FUNCTIONS(RecordViews)
public:
    static QuerySpec stock();
    static QuerySpec batches(const QString &itemId);
    static QuerySpec patients();
    static QuerySpec dispensings(const QString &patientId);
    static QuerySpec invoices();
    static QuerySpec invoiceLines(const QString &invoiceId);
    static QuerySpec items();
    static QuerySpec names();

    // "ci" + "dispensary" -> "Prescription", ...
    static QString invoiceType(const QString &type, const QString &mode);
    static QString invoiceStatus(const QString &status);
    // A calendar date as the clinic writes it; no time zone involved.
    static QString calendarDate(const QString &isoDate);
    // Expired stock in red, stock expiring within three months in orange.
    static QVariant expiryColour(const QString &isoDate, const QDate &today);
};

} // namespace satellite::ui
