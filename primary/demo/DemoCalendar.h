#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

namespace primary {

// The calendar of the demo world. Days are numbered relative to a fixed
// "today" (0; yesterday is -1) so that the world never depends on the clock.
// Dates are plain calendar dates, never taken through UTC, and their v2 text
// is made once up front: formatting each of a million dates would be slow.
class DemoCalendar
{
public:
    static constexpr int kFirstDay = -40000; // about 110 years back: births
    static constexpr int kLastDay = 4000; // about 11 years ahead: expiries

    explicit DemoCalendar(QDate today);

    QDate today() const { return m_today; }
    QByteArrayView date(int day) const; // "YYYY-MM-DDT00:00:00"
    static QByteArrayView noDate() { return "0000-00-00T00:00:00"; }

private:
    static constexpr int kWidth = 19;

    QDate m_today;
    QByteArray m_text;
};

} // namespace primary
