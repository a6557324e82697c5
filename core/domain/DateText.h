#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace satellite {

// Dates as a pharmacist reads them anywhere: the day, the month by its name,
// the year in full ("12 Apr 2027", "12 avr. 2027"). The locale's short form
// ("4/12/27") is read as 4 December in most of the world: not for an expiry.
class DateText
{
public:
    static QString of(QDate date);
    // The date as above, then the clock time in the locale's short form.
    static QString of(const QDateTime &moment);
};

} // namespace satellite
