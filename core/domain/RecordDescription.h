#pragma once

#include <QCoreApplication>
#include <QString>

namespace satellite {

class LocalStore;

// A record in the pharmacist's words, for screens that list records by type
// and ID (changes the primary refused): "prescription 1042 for Silva, Ana",
// "patient Silva, Ana (P00012)", "batch B123 of Amoxicillin 250mg". A record
// not held here is named by its type and ID.
class RecordDescription
{
    Q_DECLARE_TR_FUNCTIONS(RecordDescription)

public:
    explicit RecordDescription(LocalStore &store)
        : m_store(store)
    { }

    QString describe(const QString &type, const QString &id);

private:
    QString field(const QString &type, const QString &id, const QString &name);
    QString invoice(const QString &id);

    LocalStore &m_store;
};

} // namespace satellite
