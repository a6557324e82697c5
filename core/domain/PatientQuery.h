#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace satellite {

// What a pharmacist types to find a patient, taken apart: words to find in
// any order in the name, code or health number, and a date of birth when one
// word is a date (2019-03-04).
struct PatientQuery
{
    QStringList words;
    QDate dateOfBirth;

    static PatientQuery parse(const QString &text);
};

} // namespace satellite
