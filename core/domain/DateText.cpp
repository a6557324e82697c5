#include "DateText.h"

#include <QLocale>

namespace satellite {

QString DateText::of(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString DateText::of(const QDateTime &moment)
{
    if (!moment.isValid())
        return QString();
    return of(moment.date()) + u' ' + QLocale().toString(moment.time(), QLocale::ShortFormat);
}

} // namespace satellite
