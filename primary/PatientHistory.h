#pragma once

#include "RecordStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace primary {

// GET /sync/v4/patient_history: a patient's dispensings, computed from the
// primary's own transact, trans_line, item_line, item, store and clinician records.
class PatientHistory
{
public:
    explicit PatientHistory(RecordStore &records)
        : m_records(records)
    { }

    QByteArray forPatient(const QString &nameId);

private:
    QJsonObject dataOf(const QString &type, const QString &id);
    QJsonObject dispensing(const QJsonObject &transact);
    QJsonObject transLine(const QJsonObject &line);

    RecordStore &m_records;
};

} // namespace primary
