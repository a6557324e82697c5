#pragma once

#include "ServerStats.h"
#include "SyncQueue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <utility>

namespace primary {

// Keeps a site's v2 pull a step ahead. A site pulls a batch, keeps it on its
// disk, acknowledges it and pulls the next: while it keeps one batch, the
// primary reads the next one, and an acknowledgement of exactly the batch
// sent is deleted while the site keeps the next. Both would otherwise wait
// in line between the site's calls. What is held back is settled before
// anything else reads or changes the queue; a primary stopped with
// acknowledgements held back sends those records again (as a lost
// acknowledgement would).
class QueueReadAhead
{
public:
    // Acknowledged records count in `stats` once deleted.
    QueueReadAhead(PrimaryDatabase &db, SyncQueue &queue, ServerStats &stats);

    // The head of the site's queue, as a v2 pull answers it.
    SyncQueue::V2Array pull(int siteId, int limit);
    // `ids`: JSON strings, as the acknowledgement wrote them.
    void acknowledge(int siteId, const QList<QByteArrayView> &ids);
    // Deletes every acknowledgement held back: before any other call.
    // Throws DatabaseError; then nothing is held any more.
    void settle();
    // Once the calls stop: settle(), and the batches read ahead go (memory).
    void rest();
    // What is left for between calls, after a batch was sent: the
    // acknowledgement before deleted, the next batch read. Throws
    // DatabaseError; then nothing is held any more.
    void work();

private:
    struct Site
    {
        int limit = 0;
        QList<QByteArray> sent; // the SyncIDs of the batch sent last, in order
        qint64 sentFirstSeq = 0; // its queue positions: no others are in between
        qint64 sentLastSeq = 0;
        bool sentAcknowledged = false;
        QList<std::pair<qint64, qint64>> heldBack; // batches acknowledged, not deleted yet
        SyncQueue::V2Array next; // read ahead: the batch after the one sent
        bool nextRead = false;
        qint64 nextStamp = -1; // the database's changes when `next` was read
    };

    static bool isExactly(const QList<QByteArrayView> &ids, const QList<QByteArray> &sent);
    qint64 changes() const;
    void deleteHeldBack(int siteId, Site &site);
    void readNext(int siteId, Site &site);

    PrimaryDatabase &m_db;
    SyncQueue &m_queue;
    ServerStats &m_stats;
    QHash<int, Site> m_sites;
};

} // namespace primary
