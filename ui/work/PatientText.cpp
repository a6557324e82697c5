#include "PatientText.h"

#include "domain/DateText.h"

#include <QLocale>

namespace satellite::ui {

QString PatientText::age(const QDate &born, const QDate &today)
{
    if (!born.isValid() || born > today)
        return {};
    int months = (today.year() - born.year()) * 12 + today.month() - born.month();
    if (today.day() < born.day())
        --months;
    if (months >= 24)
        return tr("%n year(s)", nullptr, months / 12);
    if (months >= 1)
        return tr("%n month(s)", nullptr, months);
    return tr("%n day(s)", nullptr, int(born.daysTo(today)));
}

QString PatientText::gender(const std::optional<bool> &female)
{
    if (!female)
        return {};
    return *female ? tr("female") : tr("male");
}

QString PatientText::summary(const Patient &patient, const QDate &today)
{
    QStringList parts{patient.name};
    if (!patient.code.isEmpty())
        parts.append(patient.code);
    if (patient.dateOfBirth.isValid())
        parts.append(tr("born %1 (%2)")
                         .arg(DateText::of(patient.dateOfBirth), age(patient.dateOfBirth, today)));
    if (const QString sex = gender(patient.female); !sex.isEmpty())
        parts.append(sex);
    return parts.join(QStringLiteral(" · "));
}

} // namespace satellite::ui
