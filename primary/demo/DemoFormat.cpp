#include "DemoFormat.h"

namespace primary::demoformat {

QByteArray phone(quint64 number)
{
    if (number == 0)
        return {};
    const QByteArray digits = '0' + QByteArray::number(number);
    return digits.left(4) + ' ' + digits.mid(4, 3) + ' ' + digits.mid(7);
}

QByteArray batch(quint32 number)
{
    QByteArray text;
    text.append(char('A' + number % 26));
    text.append(char('A' + number / 26 % 26));
    text.append(QByteArray::number(number / 676 % 100000).rightJustified(5, '0'));
    return text;
}

QByteArray code(const char *prefix, qint64 number, int width)
{
    return QByteArray(prefix) + QByteArray::number(number).rightJustified(width, '0');
}

} // namespace primary::demoformat
