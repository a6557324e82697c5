#include "Database.h"

#include "DatabaseLocation.h"
#include "SqlStatement.h"
#include "StoreError.h"
#include "sqlite/SqliteLibrary.h"
#include "sqlite/WalCheckpointer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QThread>
#include <sqlite3.h>

namespace satellite {

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
    SqliteLibrary::configureOnce();
    DatabaseLocation::restrictFiles(path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text()));
    m_handle = SqliteLibrary::connectionOf(m_db);
    if (!m_handle) {
        const QString problem = SqliteLibrary::driverLibraryProblem();
        throw StoreError(problem.isEmpty()
                             ? QStringLiteral("the Qt SQLite driver gave no sqlite3 handle")
                             : problem);
    }
    sqlite3_busy_timeout(m_handle, 10000);

    // For a new file (no effect on an existing one): a first sync writes
    // records of about 2 KB by the hundred thousand, and the WAL and its
    // checkpoints work page by page (two writes a page): 16 KiB pages wrote
    // them ~1.4x faster than 4 KiB, 32 KiB pages took the large first sync
    // from 2.73 to 2.50 s (64 KiB: no faster).
    exec("PRAGMA page_size=32768");
    enterWalMode();
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
    migrate();
    m_checkpointer = WalCheckpointer::forFile(path);
    m_checkpointer->watch(m_handle);
}

Database::~Database()
{
    WalCheckpointer::forget(m_handle);
    m_handle = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_checkpointer.reset(); // after our connection: the last one closes the WAL
}

void Database::enterWalMode()
{
    // Putting a new file in WAL mode needs it to itself, and SQLite answers
    // "busy" at once (no busy handler) while another connection opening it
    // at the same moment reads it: try again for a while.
    QDeadlineTimer deadline(10000);
    for (;;) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_handle, "PRAGMA journal_mode=WAL", -1, &statement, nullptr);
        const int result = sqlite3_step(statement);
        const QString mode = result == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
            : QString();
        sqlite3_finalize(statement);
        if (mode == u"wal")
            return;
        if (result != SQLITE_BUSY || deadline.hasExpired())
            throw StoreError(QStringLiteral("%1 could not be put in WAL mode: %2")
                                 .arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_handle))));
        QThread::msleep(10);
    }
}

int Database::schemaVersion() const
{
    SqlStatement version(m_handle, "PRAGMA user_version");
    return version.step() ? int(version.integer(0)) : 0;
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle));
        sqlite3_free(message);
        throw StoreError(error);
    }
}

void Database::begin()
{
    exec("BEGIN IMMEDIATE");
    ++m_transactionNumber;
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_handle);
}

void Database::commit()
{
    exec("COMMIT");
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Database::syncCommitted()
{
    // The WAL as SQLite has it open: syncing the file syncs what every
    // connection wrote to it, and SQLite syncs its folder if it is new.
    sqlite3_file *log = nullptr;
    sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log);
    if (!log || !log->pMethods)
        throw StoreError(QStringLiteral("%1 has no write-ahead log open to sync").arg(m_path));
    const int result = log->pMethods->xSync(log, SQLITE_SYNC_NORMAL);
    if (result != SQLITE_OK)
        throw StoreError(QStringLiteral("cannot write %1 to the disk: %2")
                             .arg(m_path, QString::fromUtf8(sqlite3_errstr(result))));
}

QString Database::integrityCheck()
{
    SqlStatement check(m_handle, "PRAGMA integrity_check");
    QStringList lines;
    while (check.step())
        lines.append(check.text(0));
    return lines.join(u'\n');
}

void Database::migrate()
{
    const QStringList scripts = QDir(QStringLiteral(":/core/migrations"))
                                    .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    // The version is read under the write lock: two connections opening a
    // new file at once must not both run the same migration.
    Transaction transaction(*this);
    const int current = schemaVersion();
    for (const QString &script : scripts) {
        const int number = script.section(u'_', 0, 0).toInt();
        if (number <= current)
            continue;
        QFile file(QStringLiteral(":/core/migrations/") + script);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("missing migration %1").arg(script));
        exec(file.readAll().constData()); // sqlite3_exec runs every statement in turn
        exec(QStringLiteral("PRAGMA user_version = %1").arg(number).toUtf8().constData());
    }
    transaction.commit();
}

} // namespace satellite
