#pragma once

#include "Database.h"
#include "RecordProjection.h"
#include "SqlStatement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace satellite {

struct StoredRecord
{
    QString type;
    QString id;
    QByteArray data;
};

// Every record the satellite holds, Data kept byte for byte, keyed by
// (RecordType, ID), with derived columns kept in step (RecordProjection).
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    // Inserts or replaces. Returns the problem when Data cannot be stored
    // (not an object, a needed field of an impossible type); empty on success.
    QString put(const QString &type, const QString &id, const QByteArray &data);
    // The same with the columns already derived (while the batch was read).
    void put(const QString &type, const QString &id, const QByteArray &data,
             const RecordProjection &projection);
    // False when there was no such record (not an error).
    bool remove(const QString &type, const QString &id);
    // Repoints the reference fields that hold `removedId` (RecordReferences)
    // at `keptId`, then removes it; all or nothing. Returns why it could not
    // (then nothing changed), or empty with the types of the records changed.
    QString merge(const QString &type, const QString &keptId, const QString &removedId,
                  QStringList *changedTypes);

    std::optional<QByteArray> data(const QString &type, const QString &id);

    // A first sync into an empty table loads faster without indexes: they go
    // (in the caller's transaction) and puts become plain appends; a record
    // received twice is then kept in its latest state by finishBulkLoad(),
    // which builds the indexes back. Any connection may finish a bulk load
    // (deletes and merges do, first); each one notices at its next
    // transaction. Returns false, doing nothing, when the table holds records.
    bool beginBulkLoad();
    void finishBulkLoad();
    bool isBulkLoading();
    QList<StoredRecord> ofType(const QString &type);
    qint64 count(const QString &type = {});

private:
    static std::optional<QByteArray> repointed(const QByteArray &data, const QString &field,
                                               const QString &fromId, const QString &toId);
    void checkLoadMode();
    SqlStatement &statement(std::optional<SqlStatement> &slot, const char *sql);
    const QByteArray &typeUtf8(const QString &type);

    Database &m_db;
    std::optional<SqlStatement> m_upsert;
    std::optional<SqlStatement> m_append;
    SqlStatement m_remove;
    SqlStatement m_find;
    bool m_bulkLoading = false;
    std::optional<quint64> m_loadModeCheckedIn; // the transaction that last looked
    QString m_lastType;
    QByteArray m_lastTypeUtf8;
};

} // namespace satellite
