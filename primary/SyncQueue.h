#pragma once

#include "PrimaryDatabase.h"
#include "RecordStore.h"
#include "SiteRegistry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace primary {

// One entry at the head of a site's queue, with what is needed to send it.
struct QueuedRecord
{
    QString syncId;
    QString recordType;
    QString recordId;
    QString syncType;
    QString storeId;
    QByteArray data; // the record's Data now; empty for a delete or a vanished record
    QByteArray raw; // set when an administrator queued this envelope as given
};

// Each satellite site's outgoing queue. Records stay until acknowledged; a
// record queued again moves to the tail under a new SyncID, so an ack of the
// old one cannot swallow the newer state. A SyncID made here is the queue
// position, then a random salt, each in 16 upper-case hex digits: unique, in
// queue order, and stored as the salt alone.
class SyncQueue
{
public:
    SyncQueue(PrimaryDatabase &db, RecordStore &records);

    void enqueue(int siteId, const StoredRecord &record, const QString &syncType);
    void enqueueRaw(int siteId, const QString &syncId, const QString &type, const QString &id,
                    const QString &syncType, const QByteArray &raw);
    // Queues a change to every site that sees `record`, except `exceptSiteId`.
    void fanOut(const StoredRecord &record, const QString &syncType, const QList<Site> &sites,
                int exceptSiteId);
    // The sites whose store sees `record`.
    QList<int> sitesSeeing(const StoredRecord &record, const QList<Site> &sites);

    qint64 count(int siteId);
    QList<QueuedRecord> head(int siteId, int limit);
    // The same records as the JSON array a v2 pull answers, each written as
    // V2Codec::write() writes it.
    struct V2Array
    {
        QByteArray json;
        int records = 0;
        QList<QByteArray> syncIds; // in queue order
        qint64 firstSeq = 0; // the queue positions of the first and last record
        qint64 lastSeq = 0;
    };
    // `afterSeq`: the head past that position (a batch sent, not yet acknowledged).
    V2Array headAsV2(int siteId, int limit, qint64 afterSeq = 0);
    std::optional<QueuedRecord> bySyncId(int siteId, const QString &syncId);
    // `syncIds`: JSON strings, as the acknowledgement wrote them. Returns how
    // many were queued.
    int acknowledge(int siteId, const QList<QByteArrayView> &syncIds);
    // The records from position `first` to `last`: a batch sent whole, acknowledged.
    int acknowledgeRange(int siteId, qint64 first, qint64 last);
    // initial_dump: the queue becomes every record the site should hold. The
    // site's rows go under a new queue number, above every other, so they are
    // written at the end of the table (see migration 005).
    qint64 rebuild(const Site &site, bool full);
    // rebuild()'s statement (:site, :store, :base): it reads the records
    // through the index record_dump alone (migration 006).
    static QString dumpStatement(bool full);

private:
    qint64 lastSeq();
    std::optional<qint64> positionOf(int siteId, const QString &syncId);
    static std::optional<qint64> firstSeq(QSqlQuery &query, const QVariantList &values);
    QList<QueuedRecord> select(QSqlQuery &query);
    void insert(int siteId, const QString &syncId, const QString &type, const QString &id,
                qint64 rowid, const QString &syncType, const QByteArray &raw);

    PrimaryDatabase &m_db;
    RecordStore &m_records;
    QSqlQuery m_dropPending;
    QSqlQuery m_insert;
    QSqlQuery m_ackRange;
    QSqlQuery m_findMade;
    QSqlQuery m_findGiven;
    qint64 m_counter = 0; // the last queue position given
    bool m_counterRead = false;
    qsizetype m_envelopeBytes = 1024; // the largest average seen, with room
};

} // namespace primary
