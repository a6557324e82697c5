#include "Inbox.h"

#include "SqlStatement.h"
#include "StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cerrno>

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
    SqlStatement insert(m_db.handle(),
                        "INSERT INTO inbox (received_at, body, sync_ids) VALUES (?, ?, ?)");
    insert.bind(1, QDateTime::currentDateTime().toString(Qt::ISODate));
    insert.bindNull(2).bind(3, syncIds.join(u'\n')).run();
    const qint64 seq = insert.lastInsertRowId();
    writeBody(seq, body); // before the row is committed
    if (own) {
        own->commit();
        m_db.syncCommitted();
    }
    return seq;
}

void Inbox::writeBody(qint64 seq, const QByteArray &body)
{
    QDir folder(m_folder);
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral(".")))
            throw StoreError(QStringLiteral("cannot create the inbox folder %1").arg(m_folder));
        // The records include patients'.
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(fileOf(seq));
    // Truncate: a file left by a batch that was never committed may have this number.
    const bool written
        = file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
        && file.write(body) == body.size();
    if (!written)
        throw StoreError(QStringLiteral("cannot keep the received records in %1: %2")
                             .arg(file.fileName(), file.errorString()));
    QString problem = syncToDisk(file);
    if (problem.isEmpty())
        problem = syncFolderToDisk(m_folder);
    if (!problem.isEmpty())
        throw StoreError(QStringLiteral("cannot write the received records in %1 to the disk: %2")
                             .arg(file.fileName(), problem));
}

std::optional<Inbox::Batch> Inbox::oldest()
{
    SqlStatement query(m_db.handle(), "SELECT seq, body, sync_ids FROM inbox ORDER BY seq LIMIT 1");
    if (!query.step())
        return std::nullopt;
    const QString ids = query.text(2);
    Batch batch{query.integer(0), query.bytes(1), ids.isEmpty() ? QStringList() : ids.split(u'\n'),
                QString()};
    if (query.isNull(1)) {
        QFile file(fileOf(batch.seq));
        if (file.open(QIODevice::ReadOnly))
            batch.body = file.readAll();
        if (file.error() != QFileDevice::NoError)
            batch.problem = QStringLiteral("the received records kept in %1 cannot be read: %2")
                                .arg(file.fileName(), file.errorString());
    }
    return batch;
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
    m_removedSinceSweep = 0;
    const QStringList files
        = QDir(m_folder).entryList({QLatin1String("*") + fileSuffix}, QDir::Files);
    if (files.isEmpty())
        return;
    SqlStatement newest(m_db.handle(), "SELECT seq FROM sqlite_sequence WHERE name = 'inbox'");
    const qint64 lastCommitted = newest.step() ? newest.integer(0) : 0;
    newest.reset();
    SqlStatement held(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM inbox WHERE seq = ?)");
    QList<qint64> gone;
    for (const QString &name : files) {
        bool isNumber = false;
        const qint64 seq = name.chopped(fileSuffix.size()).toLongLong(&isNumber);
        if (!isNumber || seq > lastCommitted) // not ours, or being added right now
            continue;
        held.bind(1, seq);
        if (held.step() && held.integer(0) == 0)
            gone.append(seq);
        held.reset();
    }
    if (gone.isEmpty())
        return;
    // The row's removal must outlast a power cut before its body goes: a row
    // back from the dead without its body would be an acknowledged batch lost.
    m_db.syncCommitted();
    for (const qint64 seq : std::as_const(gone))
        QFile::remove(fileOf(seq));
}

qint64 Inbox::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM inbox");
    return query.step() ? query.integer(0) : 0;
}

QString Inbox::fileOf(qint64 seq) const
{
    return m_folder + u'/' + QString::number(seq) + fileSuffix;
}

} // namespace satellite
