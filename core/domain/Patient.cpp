#include "Patient.h"

#include "RecordFields.h"

namespace satellite {

Patient Patient::from(const StoredRecord &record)
{
    return fromData(record.id, record.data);
}

Patient Patient::fromData(const QString &id, const QByteArray &data)
{
    const RecordFields fields(data);
    Patient patient;
    patient.id = id.isEmpty() ? fields.text(QStringLiteral("ID")) : id;
    patient.first = fields.text(QStringLiteral("first"));
    patient.last = fields.text(QStringLiteral("last"));
    patient.name = fields.text(QStringLiteral("name"));
    patient.code = fields.text(QStringLiteral("code"));
    patient.dateOfBirth = fields.date(QStringLiteral("date_of_birth"));
    if (fields.has(QStringLiteral("female")))
        patient.female = fields.boolean(QStringLiteral("female"));
    patient.phone = fields.text(QStringLiteral("phone"));
    patient.address1 = fields.text(QStringLiteral("bill_address1"));
    patient.address2 = fields.text(QStringLiteral("bill_address2"));
    patient.nationalHealthNumber = fields.text(QStringLiteral("national_health_number"));
    patient.supplyingStoreId = fields.text(QStringLiteral("supplying_store_id"));
    return patient;
}

} // namespace satellite
