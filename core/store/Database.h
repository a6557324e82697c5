#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace satellite {

class WalCheckpointer;

// The satellite's SQLite file, opened through QSqlDatabase for the calling
// thread (one connection per thread, each with its own name), in WAL mode
// (checked), migrated from :/core/migrations, its WAL copied back by a
// WalCheckpointer. Statements on hot paths use the driver's sqlite3 handle
// directly.
class Database
{
public:
    // Throws StoreError when the file cannot be opened, is not a database, or
    // cannot be migrated.
    Database(const QString &path, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    void exec(const char *sql);
    void begin(); // BEGIN IMMEDIATE: writers queue up instead of failing later
    void commit();
    void rollback();
    // Counts the transactions begun on this connection: what another
    // connection may have changed can only change between two of them.
    quint64 transactionNumber() const { return m_transactionNumber; }
    bool inTransaction() const;
    // Returns once every transaction committed to this file so far, by any
    // connection, would survive a power cut: commits only write the WAL
    // (synchronous=NORMAL), which is synced here or by the next checkpoint.
    void syncCommitted();

    // PRAGMA integrity_check; "ok" when the file is sound.
    QString integrityCheck();

    WalCheckpointer &checkpointer() const { return *m_checkpointer; }

private:
    void enterWalMode();
    void migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    quint64 m_transactionNumber = 0;
    std::shared_ptr<WalCheckpointer> m_checkpointer;
};

// Rolls back unless committed: one batch, all or nothing.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace satellite
