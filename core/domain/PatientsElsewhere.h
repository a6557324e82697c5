#pragma once

#include "Patient.h"
#include "WorkContext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace satellite {

class LocalStore;

// Patients the primary found registered at other clinics (a v4 patient
// search's reply), less those held here already, each with the name of the
// clinic that registered them when this store knows it.
class PatientsElsewhere
{
public:
    struct Found
    {
        Patient patient;
        QString clinic; // empty when the registering store is not known here
    };

    PatientsElsewhere(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    // Empty when the reply is not a list.
    QList<Found> notHeldHere(const QByteArray &reply);

private:
    QString storeName(const QString &storeId);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
