#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

namespace satellite::WireValue {

// Values the satellite writes into a record's Data, as raw JSON in the string
// dialect PROTOCOL.md §4 asks of outgoing records.
QByteArray text(const QString &value);
// "12.5", "3", "-0.25": plain decimals, never an exponent.
QByteArray number(double value);
QByteArray boolean(bool value);
// "2026-11-30T00:00:00" in the clinic's calendar; "0000-00-00T00:00:00" for none.
QByteArray date(const QDate &value);
// "14:05:09"
QByteArray time(const QTime &value);

} // namespace satellite::WireValue
