#pragma once

#include "Database.h"
#include "OutgoingQueue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace satellite {

// Local changes the primary refused (a record type it does not know, a
// record it will not take from this site), with its words and the envelope
// that was sent. They leave the outgoing queue so that the rest goes out and
// the pull runs; the record itself stays as it is here. A retry queues the
// change again; a discard gives up sending it.
class OutgoingQuarantine
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QDateTime refusedAt;
        QString type;
        QString id;
        QString syncType;
        QString reason;
        QByteArray envelope;
    };

    OutgoingQuarantine(Database &db, OutgoingQueue &outgoing)
        : m_db(db)
        , m_outgoing(outgoing)
    { }

    // In the caller's transaction: the entry leaves the queue (unless it
    // changed since it was sent) and is kept here.
    void refuse(const OutgoingQueue::Entry &entry, const QString &reason,
                const QByteArray &envelope);
    QList<Entry> all();
    qint64 count();
    // Queues the change again; false when there is no such entry.
    bool retry(qint64 seq);
    // The change will not be sent: the primary never gets it.
    bool discard(qint64 seq);

private:
    std::optional<Entry> find(qint64 seq);

    Database &m_db;
    OutgoingQueue &m_outgoing;
};

} // namespace satellite
