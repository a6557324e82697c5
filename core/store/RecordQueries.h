#pragma once

#include "Database.h"
#include "RecordStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace satellite {

// The questions the pharmacist's workflows ask of the record table, with
// bound parameters: stock of an item, lines of an invoice, patients by name,
// code, date of birth or health number. Records come back whole (Data as
// stored); core/domain reads their fields.
class RecordQueries
{
public:
    explicit RecordQueries(Database &db)
        : m_db(db)
    { }

    std::optional<StoredRecord> find(const QString &type, const QString &id);
    // An item by its code (any case) or its ID.
    std::optional<StoredRecord> itemByCodeOrId(const QString &codeOrId);
    // Records of `type` hanging from `linkId` (an item's batches, an invoice's
    // lines, a name's joins and invoices), optionally of one store only.
    QList<StoredRecord> linkedTo(const QString &type, const QString &linkId,
                                 const QString &storeId = {});
    // Records of `type` whose derived kind is `kind` (names of type invad,
    // invoices of type si), optionally of one store only.
    QList<StoredRecord> ofKind(const QString &type, const QString &kind,
                               const QString &storeId = {});
    // Patients whose name, code or national health number holds every word
    // (in any order), or born on `birthDate` when that is a date; by name.
    QList<StoredRecord> findPatients(const QStringList &words, const QString &birthDate, int limit);
    bool patientCodeTaken(const QString &code);
    // The highest number N among patient codes written prefix + digits.
    qint64 highestPatientCodeNumber(const QString &prefix);

private:
    QList<StoredRecord> collect(class SqlStatement &query, const QString &type);

    Database &m_db;
};

} // namespace satellite
