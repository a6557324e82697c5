#pragma once

#include "Database.h"
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
    // False when there was no such record (not an error).
    bool remove(const QString &type, const QString &id);
    // Repoints every reference to `removedId` at `keptId`, then removes it.
    // Returns the types of the records that changed.
    QStringList merge(const QString &type, const QString &keptId, const QString &removedId);

    std::optional<QByteArray> data(const QString &type, const QString &id);
    QList<StoredRecord> ofType(const QString &type);
    qint64 count(const QString &type = {});

private:
    Database &m_db;
    SqlStatement m_put;
    SqlStatement m_remove;
    SqlStatement m_find;
};

} // namespace satellite
