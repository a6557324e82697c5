#include "QueueReadAhead.h"

#include <sqlite3.h>

namespace primary {

QueueReadAhead::QueueReadAhead(PrimaryDatabase &db, SyncQueue &queue, ServerStats &stats)
    : m_db(db)
    , m_queue(queue)
    , m_stats(stats)
{ }

SyncQueue::V2Array QueueReadAhead::pull(int siteId, int limit)
{
    Site &site = m_sites[siteId];
    // Read ahead is the head once the batch before is deleted: nothing but
    // our own deletes changed the database since it was read.
    const bool ready = site.sentAcknowledged && site.nextRead && site.limit == limit
        && site.nextStamp == changes();
    SyncQueue::V2Array batch;
    if (ready) {
        batch = std::move(site.next);
        ++m_stats.pullsReadAhead;
    } else {
        settle();
        batch = m_queue.headAsV2(siteId, limit);
    }
    site.limit = limit;
    site.sent = std::move(batch.syncIds);
    site.sentFirstSeq = batch.firstSeq;
    site.sentLastSeq = batch.lastSeq;
    site.sentAcknowledged = false;
    site.next = {};
    site.nextRead = false;
    return batch;
}

void QueueReadAhead::acknowledge(int siteId, const QList<QByteArrayView> &ids)
{
    Site &site = m_sites[siteId];
    if (!site.sent.isEmpty() && isExactly(ids, site.sent)) {
        // The batch just sent (once: a repeat, after a lost reply, is the same).
        if (!site.sentAcknowledged)
            site.heldBack.append({site.sentFirstSeq, site.sentLastSeq});
        site.sentAcknowledged = true;
        return;
    }
    settle(); // in the order they came
    Transaction transaction(m_db);
    m_stats.recordsAcknowledged += m_queue.acknowledge(siteId, ids);
    transaction.commit();
}

void QueueReadAhead::settle()
{
    try {
        for (auto it = m_sites.begin(); it != m_sites.end(); ++it)
            deleteHeldBack(it.key(), it.value());
    } catch (...) {
        m_sites.clear(); // every later call reads the queue as it is
        throw;
    }
}

void QueueReadAhead::work()
{
    try {
        for (auto it = m_sites.begin(); it != m_sites.end(); ++it) {
            // Right after an acknowledgement the site pulls again: its
            // delete waits for the time the site keeps the next batch.
            if (it->sentAcknowledged)
                continue;
            deleteHeldBack(it.key(), it.value());
            readNext(it.key(), it.value());
        }
    } catch (...) {
        m_sites.clear(); // every later call reads the queue as it is
        throw;
    }
}

void QueueReadAhead::rest()
{
    settle();
    for (Site &site : m_sites) {
        site.next = {};
        site.nextRead = false;
    }
}

// Each SyncID of the batch sent, once, and nothing else. SyncIDs are
// plain text: one written with an escape is not taken as the same.
bool QueueReadAhead::isExactly(const QList<QByteArrayView> &ids, const QList<QByteArray> &sent)
{
    if (ids.size() != sent.size())
        return false;
    const auto unquoted = [](QByteArrayView element) {
        return element.size() >= 2 && !element.contains('\\')
            ? element.sliced(1, element.size() - 2)
            : QByteArrayView();
    };
    // Sites acknowledge in the order they were sent: compared in step.
    bool inOrder = true;
    for (qsizetype i = 0; i < sent.size() && inOrder; ++i)
        inOrder = unquoted(ids.at(i)) == sent.at(i);
    if (inOrder)
        return true;
    QSet<QByteArrayView> remaining(sent.cbegin(), sent.cend());
    for (QByteArrayView element : ids) {
        if (!remaining.remove(unquoted(element)))
            return false; // not sent, or twice
    }
    return true;
}

// Rows this connection has changed: any change but our own deletes makes a
// batch read ahead stale (a record edited, queued, a queue rebuilt).
qint64 QueueReadAhead::changes() const
{
    return sqlite3_total_changes64(m_db.handle());
}

void QueueReadAhead::deleteHeldBack(int siteId, Site &site)
{
    if (site.heldBack.isEmpty())
        return;
    const qint64 before = changes();
    Transaction transaction(m_db);
    for (const auto &[first, last] : std::as_const(site.heldBack))
        m_stats.recordsAcknowledged += m_queue.acknowledgeRange(siteId, first, last);
    transaction.commit();
    site.heldBack.clear();
    // Only acknowledged records went: what was read ahead still stands.
    const qint64 after = changes();
    for (Site &other : m_sites) {
        if (other.nextStamp == before)
            other.nextStamp = after;
    }
}

void QueueReadAhead::readNext(int siteId, Site &site)
{
    // A short batch was the queue's end.
    if (site.nextRead || site.sent.size() < site.limit)
        return;
    site.next = m_queue.headAsV2(siteId, site.limit, site.sentLastSeq);
    site.nextRead = true;
    site.nextStamp = changes();
}

} // namespace primary
