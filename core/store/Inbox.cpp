#include "Inbox.h"

#include "SqlStatement.h"
#include "StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace satellite {

namespace {

const QLatin1String fileSuffix(".json");

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
    if (own)
        own->commit();
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
}

void Inbox::sweep()
{
    const QStringList files
        = QDir(m_folder).entryList({QLatin1String("*") + fileSuffix}, QDir::Files);
    if (files.isEmpty())
        return;
    SqlStatement newest(m_db.handle(), "SELECT seq FROM sqlite_sequence WHERE name = 'inbox'");
    const qint64 lastCommitted = newest.step() ? newest.integer(0) : 0;
    newest.reset();
    SqlStatement held(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM inbox WHERE seq = ?)");
    for (const QString &name : files) {
        bool isNumber = false;
        const qint64 seq = name.chopped(fileSuffix.size()).toLongLong(&isNumber);
        if (!isNumber || seq > lastCommitted) // not ours, or being added right now
            continue;
        held.bind(1, seq);
        const bool kept = held.step() && held.integer(0) != 0;
        held.reset();
        if (!kept)
            QFile::remove(fileOf(seq));
    }
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
