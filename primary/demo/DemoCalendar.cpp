#include "DemoCalendar.h"

namespace primary {

namespace {

char *putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

DemoCalendar::DemoCalendar(QDate today)
    : m_today(today)
{
    m_text.resize(qsizetype(kLastDay - kFirstDay + 1) * kWidth);
    char *out = m_text.data();
    for (int day = kFirstDay; day <= kLastDay; ++day) {
        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        m_today.addDays(day).getDate(&year, &month, &dayOfMonth);
        out = putDigits(out, year, 4);
        *out++ = '-';
        out = putDigits(out, month, 2);
        *out++ = '-';
        out = putDigits(out, dayOfMonth, 2);
        for (const char c : {'T', '0', '0', ':', '0', '0', ':', '0', '0'})
            *out++ = c;
    }
}

QByteArrayView DemoCalendar::date(int day) const
{
    Q_ASSERT(day >= kFirstDay && day <= kLastDay);
    return QByteArrayView(m_text.constData() + qsizetype(day - kFirstDay) * kWidth, kWidth);
}

} // namespace primary
