#include "Inbox.h"

#include "BodyCheck.h"
#include "SqlStatement.h"
#include "StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <future>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace satellite {

namespace {

const QLatin1String fileSuffix(".json");

// On the disk, not only in the kernel's cache. Empty, or why not.
QString syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0 ? QString() : qt_error_string(errno);
#else
    return fdatasync(file.handle()) == 0 ? QString() : qt_error_string(errno);
#endif
}

// A new file's name is an entry of its folder, written to the disk apart
// from the file's contents. Empty, or why it may not be on the disk.
QString syncFolderToDisk(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder); // NTFS journals its folders
    return QString();
#else
    const int handle = open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (handle < 0)
        return qt_error_string(errno);
    // EINVAL: a file system that cannot sync a folder, and keeps it without.
    const bool synced = fsync(handle) == 0 || errno == EINVAL;
    const QString problem = synced ? QString() : qt_error_string(errno);
    close(handle);
    return problem;
#endif
}

} // namespace

Inbox::Inbox(Database &db)
    : m_db(db)
    , m_folder(db.path() + QLatin1String("-inbox"))
{ }

qint64 Inbox::add(const QByteArray &body, const QStringList &syncIds)
{
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    const Slot slot = takeSlot();
    const qint64 seq = keepRow(slot, body, BodyCheck::of(body), syncIds);
    writeBody(slot, body);
    if (own) {
        own->commit();
        m_db.syncCommitted();
    }
    return seq;
}

Inbox::Prepared Inbox::prepare(const QByteArray &body)
{
    Prepared prepared;
    prepared.slot = freeSlot();
    prepared.body = body;
    prepared.check = BodyCheck::of(body);
    prepared.written = std::async(std::launch::async,
                                  [this, slot = prepared.slot, body] { writeBody(slot, body); });
    return prepared;
}

qint64 Inbox::add(Prepared prepared, const QStringList &syncIds)
{
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    Slot slot = prepared.slot;
    const bool claimed = claim(slot);
    if (!claimed) {
        // Given up meanwhile (shrink()): kept in a slot taken now. What was
        // written in the other one no longer matters, however it went.
        prepared.written.wait();
        slot = takeSlot();
        writeBody(slot, prepared.body);
    }
    // Committed and synced while the body goes to the disk: the row's check
    // tells after a power cut whether the body got there (dropUnfinished()).
    const qint64 seq = keepRow(slot, prepared.body, prepared.check, syncIds);
    try {
        if (own) {
            own->commit();
            m_db.syncCommitted();
        }
        // Nothing is said kept (and acknowledged) before its body is on the disk.
        if (claimed)
            prepared.written.get();
    } catch (const StoreError &) {
        own.reset();
        forget(seq);
        throw;
    }
    return seq;
}

// A batch that could not be kept after all: its row goes (or, if even that
// fails, its check drops it at the next start).
void Inbox::forget(qint64 seq)
{
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    remove(seq);
    if (own)
        own->commit();
}

qint64 Inbox::keepRow(const Slot &slot, const QByteArray &body, qint64 check,
                      const QStringList &syncIds)
{
    SqlStatement insert(m_db.handle(),
                        "INSERT INTO inbox (received_at, body, sync_ids, slot, "
                        "body_size, body_check) VALUES (?, NULL, ?, ?, ?, ?)");
    insert.bind(1, QDateTime::currentDateTime().toString(Qt::ISODate));
    insert.bind(2, syncIds.join(u'\n')).bind(3, slot.number).bind(4, qint64(body.size()));
    insert.bind(5, check).run();
    return insert.lastInsertRowId();
}

// A slot to write in before any transaction: read only. Free slots stay
// free until taken, and only the thread that adds takes them; a new one is
// numbered after every number given.
Inbox::Slot Inbox::freeSlot()
{
    SqlStatement free(m_db.handle(),
                      "SELECT slot FROM inbox_slot WHERE free = 1 ORDER BY slot LIMIT 1");
    if (free.step())
        return {free.integer(0), false};
    SqlStatement last(m_db.handle(),
                      "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
                      "'inbox_slot'), 0), coalesce((SELECT max(slot) FROM inbox_slot), 0))");
    return {(last.step() ? last.integer(0) : 0) + 1, true};
}

// Takes a slot freeSlot() gave, in the transaction that keeps its row.
bool Inbox::claim(const Slot &slot)
{
    if (slot.created) {
        SqlStatement create(m_db.handle(),
                            "INSERT OR IGNORE INTO inbox_slot (slot, free) VALUES (?, 0)");
        create.bind(1, slot.number).run();
        return create.changes() > 0;
    }
    SqlStatement take(m_db.handle(), "UPDATE inbox_slot SET free = 0 WHERE slot = ? AND free = 1");
    take.bind(1, slot.number).run();
    return take.changes() > 0;
}

// In the transaction that keeps a batch in it, so that no other connection
// takes the same slot.
Inbox::Slot Inbox::takeSlot()
{
    SqlStatement free(m_db.handle(),
                      "SELECT slot FROM inbox_slot WHERE free = 1 ORDER BY slot LIMIT 1");
    if (free.step()) {
        const qint64 number = free.integer(0);
        free.reset();
        SqlStatement take(m_db.handle(), "UPDATE inbox_slot SET free = 0 WHERE slot = ?");
        take.bind(1, number).run();
        return {number, false};
    }
    free.reset();
    SqlStatement create(m_db.handle(), "INSERT INTO inbox_slot (free) VALUES (0)");
    create.run();
    return {create.lastInsertRowId(), true};
}

void Inbox::writeBody(const Slot &slot, const QByteArray &body)
{
    QDir folder(m_folder);
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral(".")))
            throw StoreError(QStringLiteral("cannot create the inbox folder %1").arg(m_folder));
        // The records include patients'.
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(slotFile(slot.number));
    const bool newFile = slot.created || !file.exists();
    // Over the bytes of a batch applied before, not truncated: new blocks
    // would have to go through the file system's journal.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw StoreError(QStringLiteral("cannot keep the received records in %1: %2")
                             .arg(file.fileName(), file.errorString()));
    // A short write says nothing; the write after it says why (a full disk).
    qint64 written = 0;
    errno = 0;
    while (written < body.size()) {
        const qint64 more = file.write(body.constData() + written, body.size() - written);
        if (more <= 0)
            break;
        written += more;
    }
    if (written < body.size())
        throw StoreError(
            QStringLiteral("cannot keep the received records in %1: %2")
                .arg(file.fileName(),
                     errno == ENOSPC ? QStringLiteral("the disk is full") : file.errorString()));
    QString problem = syncToDisk(file);
    if (problem.isEmpty() && newFile)
        problem = syncFolderToDisk(m_folder);
    if (!problem.isEmpty())
        throw StoreError(QStringLiteral("cannot write the received records in %1 to the disk: %2")
                             .arg(file.fileName(), problem));
}

std::optional<Inbox::Batch> Inbox::oldest()
{
    SqlStatement query(m_db.handle(),
                       "SELECT seq, body, sync_ids, slot, body_size, body_check FROM inbox "
                       "ORDER BY seq LIMIT 1");
    if (!query.step())
        return std::nullopt;
    const QString ids = query.text(2);
    Batch batch{query.integer(0), query.bytes(1), ids.isEmpty() ? QStringList() : ids.split(u'\n'),
                QString()};
    // A body that does not match its check here was acknowledged whole
    // (dropUnfinished() came first): damaged since.
    if (!query.isNull(3))
        batch.body = readSlot(query, 3, &batch.problem);
    else if (query.isNull(1)) // kept by version 4
        batch.body = readBody(legacyFile(batch.seq), -1, &batch.problem);
    return batch;
}

// The body kept in the slot of columns `column` (slot), +1 (body_size) and
// +2 (body_check, null for a row of an older version): `problem` says why it
// is not the body received, if it is not.
QByteArray Inbox::readSlot(const SqlStatement &row, int column, QString *problem) const
{
    const QString path = slotFile(row.integer(column));
    QByteArray body = readBody(path, row.integer(column + 1), problem);
    if (problem->isEmpty() && !row.isNull(column + 2)
        && BodyCheck::of(body) != row.integer(column + 2))
        *problem = QStringLiteral("the received records kept in %1 changed on the disk after "
                                  "they were received")
                       .arg(path);
    return body;
}

// `size` -1: the whole file.
QByteArray Inbox::readBody(const QString &path, qint64 size, QString *problem) const
{
    QFile file(path);
    QByteArray body;
    if (file.open(QIODevice::ReadOnly))
        body = size < 0 ? file.readAll() : file.read(size);
    if (file.error() != QFileDevice::NoError)
        *problem = QStringLiteral("the received records kept in %1 cannot be read: %2")
                       .arg(path, file.errorString());
    else if (size >= 0 && body.size() != size)
        *problem = QStringLiteral("the received records kept in %1 end after %2 of their %3 bytes")
                       .arg(path)
                       .arg(body.size())
                       .arg(size);
    return body;
}

int Inbox::dropUnfinished()
{
    QList<qint64> unfinished;
    {
        SqlStatement query(m_db.handle(),
                           "SELECT seq, slot, body_size, body_check FROM inbox "
                           "WHERE body_check IS NOT NULL");
        while (query.step()) {
            QString problem;
            readSlot(query, 1, &problem);
            if (!problem.isEmpty())
                unfinished.append(query.integer(0));
        }
    }
    if (unfinished.isEmpty())
        return 0;
    Transaction transaction(m_db);
    for (const qint64 seq : std::as_const(unfinished))
        remove(seq);
    transaction.commit();
    return int(unfinished.size());
}

QStringList Inbox::syncIds()
{
    SqlStatement query(m_db.handle(), "SELECT sync_ids FROM inbox ORDER BY seq");
    QStringList ids;
    while (query.step()) {
        const QString batch = query.text(0);
        if (!batch.isEmpty())
            ids += batch.split(u'\n');
    }
    return ids;
}

void Inbox::remove(qint64 seq)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM inbox WHERE seq = ?");
    erase.bind(1, seq).run();
    ++m_removedSinceSweep;
}

void Inbox::sweepNowAndThen()
{
    if (m_removedSinceSweep >= removalsPerSweep)
        sweep();
}

void Inbox::sweep()
{
    // In the transaction that removed a batch, its removal is not on the
    // disk yet, whatever is synced.
    if (m_db.inTransaction())
        throw StoreError(QStringLiteral("the inbox is swept outside any transaction"));
    m_removedSinceSweep = 0;
    const QList<qint64> files = legacyFilesGone();
    const QList<qint64> freed = slotsGone();
    if (files.isEmpty() && freed.isEmpty())
        return;
    // A row back from the dead after a power cut without its body would be
    // an acknowledged batch lost: its removal must be on the disk first.
    m_db.syncCommitted();
    for (const qint64 seq : files)
        QFile::remove(legacyFile(seq));
    Transaction transaction(m_db);
    SqlStatement mark(m_db.handle(), "UPDATE inbox_slot SET free = 1 WHERE slot = ?");
    for (const qint64 slot : freed)
        mark.bind(1, slot).run();
    transaction.commit();
}

// Slots taken whose batch is gone: the slots in use are taken in the same
// transaction as their row.
QList<qint64> Inbox::slotsGone()
{
    SqlStatement query(m_db.handle(),
                       "SELECT slot FROM inbox_slot WHERE free = 0 AND slot NOT IN "
                       "(SELECT slot FROM inbox WHERE slot IS NOT NULL)");
    QList<qint64> gone;
    while (query.step())
        gone.append(query.integer(0));
    return gone;
}

// Files of batches kept by version 4 (<seq>.json) whose row is gone. Safe
// while another connection adds: its row is not committed yet, but its
// number is above every committed one.
QList<qint64> Inbox::legacyFilesGone()
{
    const QStringList files
        = QDir(m_folder).entryList({QLatin1String("*") + fileSuffix}, QDir::Files);
    QList<qint64> gone;
    if (files.isEmpty())
        return gone;
    SqlStatement newest(m_db.handle(), "SELECT seq FROM sqlite_sequence WHERE name = 'inbox'");
    const qint64 lastCommitted = newest.step() ? newest.integer(0) : 0;
    newest.reset();
    SqlStatement held(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM inbox WHERE seq = ?)");
    for (const QString &name : files) {
        bool isNumber = false;
        const qint64 seq = name.chopped(fileSuffix.size()).toLongLong(&isNumber);
        if (!isNumber || seq > lastCommitted) // a slot, or being added right now
            continue;
        held.bind(1, seq);
        if (held.step() && held.integer(0) == 0)
            gone.append(seq);
        held.reset();
    }
    return gone;
}

void Inbox::shrink()
{
    sweep();
    QList<qint64> freed;
    {
        SqlStatement free(m_db.handle(), "SELECT slot FROM inbox_slot WHERE free = 1");
        while (free.step())
            freed.append(free.integer(0));
    }
    if (freed.isEmpty())
        return;
    Transaction transaction(m_db);
    SqlStatement forget(m_db.handle(), "DELETE FROM inbox_slot WHERE slot = ? AND free = 1");
    QList<qint64> forgotten; // not taken since
    for (const qint64 slot : std::as_const(freed)) {
        forget.bind(1, slot).run();
        if (forget.changes() > 0)
            forgotten.append(slot);
    }
    transaction.commit();
    // Numbers are never given again: no batch can be writing these.
    for (const qint64 slot : std::as_const(forgotten))
        QFile::remove(slotFile(slot));
}

qint64 Inbox::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM inbox");
    return query.step() ? query.integer(0) : 0;
}

QString Inbox::bodyFileOf(qint64 seq)
{
    SqlStatement query(m_db.handle(), "SELECT slot, body IS NULL FROM inbox WHERE seq = ?");
    query.bind(1, seq);
    if (!query.step() || query.integer(1) == 0)
        return QString();
    return query.isNull(0) ? legacyFile(seq) : slotFile(query.integer(0));
}

QString Inbox::slotFile(qint64 slot) const
{
    return m_folder + QLatin1String("/slot-") + QString::number(slot) + fileSuffix;
}

QString Inbox::legacyFile(qint64 seq) const
{
    return m_folder + u'/' + QString::number(seq) + fileSuffix;
}

} // namespace satellite
