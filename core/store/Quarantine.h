#pragma once

#include "Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace satellite {

// Records that could not be applied, kept whole with the reason; they never
// block the rest of the queue, and can be tried again after an upgrade.
class Quarantine
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QDateTime receivedAt;
        QString syncId;
        QString recordType;
        QString recordId;
        QString reason;
        QByteArray raw;
    };

    explicit Quarantine(Database &db)
        : m_db(db)
    { }

    void add(const QString &syncId, const QString &recordType, const QString &recordId,
             const QString &reason, const QByteArray &raw);
    QList<Entry> all();
    void remove(qint64 seq);
    qint64 count();

private:
    Database &m_db;
};

} // namespace satellite
