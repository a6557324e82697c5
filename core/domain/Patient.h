#pragma once

#include "store/RecordStore.h"

#include <QDate>
#include <QString>
#include <optional>

namespace satellite {

// A patient (a `name` of type patient) as the workflows and screens see it.
struct Patient
{
    QString id;
    QString first;
    QString last;
    QString name; // mSupply's display form, "Last, First"
    QString code;
    QDate dateOfBirth;
    std::optional<bool> female; // unknown when the record does not say
    QString phone;
    QString address1;
    QString address2;
    QString nationalHealthNumber;
    QString supplyingStoreId; // the store that registered the patient

    static Patient from(const StoredRecord &record);
    static Patient fromData(const QString &id, const QByteArray &data);
};

// What the pharmacist types when registering or editing a patient; fields
// left unset are not changed by an edit.
struct PatientDetails
{
    std::optional<QString> first;
    std::optional<QString> last;
    std::optional<QString> code; // proposed when a new patient has none
    std::optional<QDate> dateOfBirth;
    std::optional<bool> female;
    std::optional<QString> phone;
    std::optional<QString> address1;
    std::optional<QString> address2;
    std::optional<QString> nationalHealthNumber;
};

} // namespace satellite
