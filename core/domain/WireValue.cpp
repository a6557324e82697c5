#include "WireValue.h"

#include "json/JsonScanner.h"
#include <cmath>

namespace satellite::WireValue {

QByteArray text(const QString &value)
{
    return JsonScanner::quote(value);
}

QByteArray number(double value)
{
    // Ten decimals hold any price or fractional pack; the zeros after them go.
    if (std::abs(value) < 5e-11)
        value = 0;
    QByteArray digits = QByteArray::number(value, 'f', 10);
    if (digits.contains('.')) {
        while (digits.endsWith('0'))
            digits.chop(1);
        if (digits.endsWith('.'))
            digits.chop(1);
    }
    return '"' + digits + '"';
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("\"true\"") : QByteArrayLiteral("\"false\"");
}

QByteArray date(const QDate &value)
{
    if (!value.isValid())
        return QByteArrayLiteral("\"0000-00-00T00:00:00\"");
    return '"' + value.toString(Qt::ISODate).toLatin1() + "T00:00:00\"";
}

QByteArray time(const QTime &value)
{
    return '"' + value.toString(QStringLiteral("HH:mm:ss")).toLatin1() + '"';
}

} // namespace satellite::WireValue
