#pragma once

#include "Database.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace satellite {

// Batches received from the primary, kept exactly as received from before
// they are acknowledged until they are applied (which deletes them in the
// same transaction). Receiving can thus run ahead of applying, and nothing
// acknowledged is ever lost: after a crash or a power cut the batches are
// still here.
//
// A batch is a row (its SyncIDs) and a file with its body in the folder
// `<database>-inbox`: a body is written once and deleted once applied,
// instead of passing through the WAL, the checkpoint and the free list. The
// row decides: a file without a committed row is left over, and swept.
class Inbox
{
public:
    struct Batch
    {
        qint64 seq = 0;
        QByteArray body; // the JSON array of records as received
        QStringList syncIds;
        QString problem; // why the body could not be read back, if it could not
    };

    explicit Inbox(Database &db);

    // Writes the body's file, then commits its row; both are on the disk when
    // it returns, ready to be acknowledged. In the caller's transaction, if
    // there is one: then the caller commits, and syncs the database before
    // acknowledging. Returns the new batch's sequence number. Throws
    // StoreError when the body cannot be kept: then there is no row.
    qint64 add(const QByteArray &body, const QStringList &syncIds);
    std::optional<Batch> oldest();
    // The SyncIDs of every batch held: what may not have been acknowledged yet.
    QStringList syncIds();
    // Within the transaction that applied the batch; its file goes at the
    // next sweep().
    void remove(qint64 seq);
    // Deletes the files of batches that are gone (applied, or never kept),
    // once their removal is on the disk: it syncs the database first. Safe
    // while another connection adds: its batch's row is not committed yet,
    // but its number is above every committed one.
    void sweep();
    // sweep() after every removalsPerSweep remove()s: one sync for several
    // batches, and a few MB of applied bodies on the disk meanwhile.
    static constexpr int removalsPerSweep = 8;
    void sweepNowAndThen();
    qint64 count();

    const QString &folder() const { return m_folder; }

private:
    QString fileOf(qint64 seq) const;
    void writeBody(qint64 seq, const QByteArray &body);

    Database &m_db;
    QString m_folder;
    int m_removedSinceSweep = 0;
};

} // namespace satellite
