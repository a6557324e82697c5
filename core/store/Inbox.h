#pragma once

#include "Database.h"

#include <QByteArray>
#include <QStringList>
#include <future>
#include <optional>

namespace satellite {

class SqlStatement;

// Batches received from the primary, kept exactly as received from before
// they are acknowledged until they are applied (which deletes them in the
// same transaction). Receiving can thus run ahead of applying, and nothing
// acknowledged is ever lost: after a crash or a power cut the batches are
// still here.
//
// A batch is a row (its SyncIDs) and its body in a slot file of the folder
// `<database>-inbox` (owner only). A body is written over the body of a batch
// applied before it: syncing bytes written in place costs the bytes, where a
// new file also waits for the file system's journal. A slot is written again
// only once the removal of its last batch is on the disk (sweep() frees it),
// so no batch that could come back after a power cut has lost its body. The
// rows decide: the files of free slots go at shrink(), and the files an older
// version kept per batch (`<seq>.json`) at sweep() once no row needs them.
// A row keeps a check of its body (BodyCheck): the row may reach the disk
// before its body, and a body that does not match after a power cut was never
// acknowledged (dropUnfinished()).
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

    struct Slot
    {
        qint64 number = 0;
        bool created = false; // new: its file is new, its row not written yet
    };
    // A body on its way into a free slot, on a thread of its own, while the
    // caller checks it: add() waits for it and keeps its row.
    struct Prepared
    {
        Slot slot;
        QByteArray body;
        qint64 check = 0; // BodyCheck::of(body)
        std::future<void> written; // throws StoreError when it could not be
    };

    explicit Inbox(Database &db);

    // Writes the body into a free slot, then commits its row; both are on the
    // disk when it returns, ready to be acknowledged. In the caller's
    // transaction, if there is one: then the caller commits, and syncs the
    // database before acknowledging. Returns the new batch's sequence number.
    // Throws StoreError when the body cannot be kept: then there is no row.
    qint64 add(const QByteArray &body, const QStringList &syncIds);
    // Starts writing `body` into a free slot. For the one thread that adds
    // batches (one sync at a time), outside any transaction.
    Prepared prepare(const QByteArray &body);
    // add(), for a body prepared: written beside the caller's checking, and
    // synced beside the row's commit.
    qint64 add(Prepared prepared, const QStringList &syncIds);
    // After a power cut: drops the batches whose body is not on the disk as
    // received (its row was committed while the body was being written).
    // None of them was acknowledged, so the primary sends them again. Before
    // syncIds() is acknowledged; returns how many batches were dropped.
    int dropUnfinished();
    std::optional<Batch> oldest();
    // The SyncIDs of every batch held: what may not have been acknowledged yet.
    QStringList syncIds();
    // Within the transaction that applied the batch; its slot is freed by the
    // next sweep().
    void remove(qint64 seq);
    // Frees the slots of batches that are gone (applied, or never kept) and
    // deletes the files of an older version's, once their removal is on the
    // disk: it syncs the database first. Safe while another connection adds:
    // a slot is taken in the same transaction as the row that uses it.
    void sweep();
    // sweep() after every removalsPerSweep remove()s: one sync for several
    // batches, and a few more slots in use meanwhile.
    static constexpr int removalsPerSweep = 8;
    void sweepNowAndThen();
    // Sweeps, then deletes the files of free slots, so that between syncs
    // the inbox takes no room. For when no batch is coming for a while.
    void shrink();
    qint64 count();

    const QString &folder() const { return m_folder; }
    // Where the body of a batch held is kept (for messages and tests).
    QString bodyFileOf(qint64 seq);

private:
    Slot takeSlot();
    Slot freeSlot();
    bool claim(const Slot &slot);
    qint64 keepRow(const Slot &slot, const QByteArray &body, qint64 check,
                   const QStringList &syncIds);
    void forget(qint64 seq);
    void writeBody(const Slot &slot, const QByteArray &body);
    QByteArray readBody(const QString &path, qint64 size, QString *problem) const;
    QByteArray readSlot(const SqlStatement &row, int column, QString *problem) const;
    QList<qint64> slotsGone();
    QList<qint64> legacyFilesGone();
    QString slotFile(qint64 slot) const;
    QString legacyFile(qint64 seq) const;

    Database &m_db;
    QString m_folder;
    int m_removedSinceSweep = 0;
};

} // namespace satellite
