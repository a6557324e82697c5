#include "LocalChanges.h"

#include "sync/WireFormat.h"

#include "json/JsonScanner.h"

namespace satellite {

LocalChanges::LocalChanges(Database &db, RecordStore &records, OutgoingQueue &outgoing)
    : m_db(db)
    , m_records(records)
    , m_outgoing(outgoing)
{ }

LocalChanges::Result LocalChanges::importRecords(const QByteArray &json)
{
    Result result;
    JsonScanner scanner(json);
    const auto elements = scanner.arrayElements();
    if (!elements) {
        result.error = QStringLiteral("not a JSON array of records: %1").arg(scanner.errorString());
        return result;
    }
    Transaction transaction(m_db);
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const WireRecord record = WireFormat::parseRecord(elements->at(i).toByteArray(),
                                                          WireFormat::Origin::LocalImport);
        QString problem = record.problem;
        if (problem.isEmpty() && record.syncType == u"M")
            problem = QStringLiteral("merges come from the primary, not from an import");
        if (problem.isEmpty() && record.syncType == u"D")
            m_records.remove(record.recordType, record.recordId);
        else if (problem.isEmpty())
            problem = m_records.put(record.recordType, record.recordId, record.data);
        if (!problem.isEmpty()) {
            result.error
                = QStringLiteral("record %1: %2; nothing was imported").arg(i + 1).arg(problem);
            return result; // the transaction rolls back
        }
        m_outgoing.recordChange(record.recordType, record.recordId, record.syncType);
        if (!result.changedTypes.contains(record.recordType))
            result.changedTypes.append(record.recordType);
        ++result.changed;
    }
    transaction.commit();
    return result;
}

} // namespace satellite
