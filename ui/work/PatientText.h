#pragma once

#include "domain/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace satellite::ui {

// How a patient reads on screen: age from the date of birth, a one-line
// summary to tell two patients of the same name apart.
class PatientText
{
    Q_DECLARE_TR_FUNCTIONS(PatientText)

public:
    // "34 years", "7 months", "12 days"; empty without a date of birth.
    static QString age(const QDate &born, const QDate &today);
    // "Silva, Ana · P00012 · born 04/03/1990 (34 years) · female"
    static QString summary(const Patient &patient, const QDate &today);
    static QString gender(const std::optional<bool> &female);
};

} // namespace satellite::ui
