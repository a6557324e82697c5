#pragma once

#include "Patient.h"
#include "RecordPatch.h"
#include "WorkContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace satellite {

class LocalStore;

// Patients of this store: registering (a `name` of type patient that this
// store supplies, with its name_store_join), editing, finding by name in any
// word order, code, date of birth or national health number, and making a
// patient registered elsewhere visible here (v4 name_store_join, queued).
class PatientRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PatientRegistry)

public:
    PatientRegistry(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    struct Saved
    {
        QString id;
        QString code;
        QStringList changedTypes;
    };

    // A code not used by any patient held here: P followed by five digits.
    QString proposeCode();
    // Throws WorkRefusal (no name, code already used) before writing anything.
    Saved add(const PatientDetails &details);
    Saved edit(const QString &id, const PatientDetails &details);
    std::optional<Patient> find(const QString &id);
    QList<Patient> search(const QString &text, int limit = 200);

    // An active name_store_join links the patient to this store.
    bool isVisibleHere(const QString &id);
    // Queues v4 name_store_join unless the patient is visible here or the call
    // waits already; inside the caller's transaction. True when queued.
    bool queueLinkIfNeeded(const QString &id);

    struct Linked
    {
        bool queued = false; // false: visible here already
        QStringList changedTypes;
    };
    // Makes a patient visible here: one held locally, or one the last remote
    // search found (kept locally as the primary's record until the pull
    // brings it). Throws WorkRefusal for a patient neither knows.
    Linked link(const QString &id);

    static const QString kRemotePatient; // RemoteAnswers kind of a found patient

private:
    void writeDetails(RecordPatch &patch, const PatientDetails &details, const Patient &current);
    void checkCode(const QString &code, const QString &exceptId);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
