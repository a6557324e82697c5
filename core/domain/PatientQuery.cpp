#include "PatientQuery.h"

#include <QRegularExpression>

namespace satellite {

PatientQuery PatientQuery::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    PatientQuery query;
    query.words = text.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < query.words.size(); ++i) {
        const QDate date = QDate::fromString(query.words[i], Qt::ISODate);
        if (date.isValid()) {
            query.dateOfBirth = date;
            query.words.removeAt(i);
            break;
        }
    }
    return query;
}

} // namespace satellite
