#include "PrimaryDatabase.h"

#include "sqlite/SqliteLibrary.h"
#include "sqlite/WalCheckpointer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace primary {

namespace {

// The database holds the sites' password hashes: only its owner may read it.
// A new file is made empty with mode 0600 before SQLite opens it (its WAL and
// shared-memory files then take that mode); an older, wider one is narrowed.
void ownerOnly(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray file = name + suffix;
        ::chmod(file.constData(), 0600); // a side file that is not there is fine
    }
}

} // namespace

PrimaryDatabase::PrimaryDatabase(const QString &path)
    : m_connectionName(QStringLiteral("primary-") + QUuid::createUuid().toString(QUuid::Id128))
{
    ownerOnly(path);
    satellite::SqliteLibrary::configureOnce();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw DatabaseError("cannot open " + path.toStdString() + ": "
                            + m_db.lastError().text().toStdString());
    m_handle = satellite::SqliteLibrary::connectionOf(m_db);
    if (!m_handle)
        throw DatabaseError("the Qt SQLite driver gave no sqlite3 handle");
    // For a new file: a demo primary writes hundreds of thousands of records and
    // queues them by the hundred thousand; 16 KiB pages do it in fewer steps.
    exec(QStringLiteral("PRAGMA page_size=16384"));
    QSqlQuery mode = prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(mode);
    if (!mode.next() || mode.value(0).toString() != u"wal")
        throw DatabaseError("SQLite refused WAL mode for " + path.toStdString());
    mode.finish();
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    // An initial dump reads the whole record table: keep it in memory.
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
    migrate();
    // Acknowledgements commit between a satellite's pulls: no checkpoint
    // (and its fsyncs) in their way.
    m_checkpointer = satellite::WalCheckpointer::forFile(path);
    m_checkpointer->watch(m_handle);
}

PrimaryDatabase::~PrimaryDatabase()
{
    satellite::WalCheckpointer::forget(m_handle);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_checkpointer.reset(); // after our connection: the last one closes the WAL
}

void PrimaryDatabase::checkpointAll()
{
    // Busy while the checkpointer's own pass runs: SQLite does not wait for
    // that one, so we do.
    QDeadlineTimer patience(60000);
    int result = SQLITE_BUSY;
    while (result == SQLITE_BUSY && !patience.hasExpired()) {
        result = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                           nullptr);
        if (result == SQLITE_BUSY)
            QThread::msleep(10);
    }
    if (result != SQLITE_OK)
        throw DatabaseError("the WAL could not be copied into the database file: "
                            + std::string(sqlite3_errstr(result)));
}

QSqlQuery PrimaryDatabase::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        throw DatabaseError("cannot prepare \"" + sql.toStdString()
                            + "\": " + query.lastError().text().toStdString());
    return query;
}

void PrimaryDatabase::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError("statement failed \"" + query.lastQuery().toStdString()
                            + "\": " + query.lastError().text().toStdString());
}

void PrimaryDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw DatabaseError("statement failed \"" + sql.toStdString()
                            + "\": " + query.lastError().text().toStdString());
}

void PrimaryDatabase::begin()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void PrimaryDatabase::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void PrimaryDatabase::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // nothing to undo is fine
}

QString PrimaryDatabase::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void PrimaryDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query
        = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    exec(query);
}

void PrimaryDatabase::migrate()
{
    QSqlQuery versionQuery = prepare(QStringLiteral("PRAGMA user_version"));
    exec(versionQuery);
    const int current = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    versionQuery.finish();

    const QStringList scripts = QDir(QStringLiteral(":/primary/migrations"))
                                    .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &script : scripts) {
        const int number = script.section(u'_', 0, 0).toInt();
        if (number <= current)
            continue;
        QFile file(QStringLiteral(":/primary/migrations/") + script);
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError("missing migration " + script.toStdString());
        Transaction transaction(*this);
        // Comments go first: they may hold a ';'.
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"--"); });
        const QStringList statements = lines.join(u'\n').split(u';');
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty())
                exec(statement);
        }
        exec(QStringLiteral("PRAGMA user_version = %1").arg(number));
        transaction.commit();
    }
}

} // namespace primary
