#pragma once

#include "WorkContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace satellite {

class LocalStore;

// A patient's dispensings: this store's own at once, from the local records,
// and the primary's across every store (v4 patient_history) when it could be
// asked, merged without duplicates, newest first, each labelled by store.
class PatientHistory
{
    Q_DECLARE_TR_FUNCTIONS(PatientHistory)

public:
    struct Entry
    {
        QString lineId; // the trans_line: the same dispensing from both sides shares it
        QDate date;
        QString storeName;
        QString itemName;
        QString itemCode;
        double quantity = 0; // units
        QString prescriber;
        bool fromPrimary = false;
    };

    PatientHistory(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    QList<Entry> local(const QString &patientId);
    // The entries of a patient_history reply; empty when it is not a list.
    static QList<Entry> fromPrimary(const QByteArray &reply);
    static QList<Entry> merged(const QList<Entry> &local, const QList<Entry> &primary);

    // The primary searches a patient by its fields with 4D's @ wildcards; a
    // pharmacist types words in any order. The searches that cover them.
    static QList<QUrlQuery> remoteSearches(const QString &text);

private:
    QString storeName();
    QString clinicianName(const QString &id);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
