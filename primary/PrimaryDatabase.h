#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <stdexcept>

struct sqlite3;

namespace satellite {
class WalCheckpointer;
}

namespace primary {

// A failed statement; the request that ran it is rolled back and answered 500.
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The primary's SQLite file: opened in WAL mode, migrated from the numbered
// scripts in :/primary/migrations, with helpers that turn failures into
// DatabaseError.
class PrimaryDatabase
{
public:
    explicit PrimaryDatabase(const QString &path);
    ~PrimaryDatabase();
    PrimaryDatabase(const PrimaryDatabase &) = delete;
    PrimaryDatabase &operator=(const PrimaryDatabase &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // For reads by the thousand, without the driver's copies.
    sqlite3 *handle() const { return m_handle; }

    QSqlQuery prepare(const QString &sql);
    // A null QString binds as SQL NULL; text columns here want ''.
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }
    static void exec(QSqlQuery &query);
    void exec(const QString &sql);

    // Copies the whole WAL into the file and empties it, waiting for that.
    void checkpointAll();
    void begin();
    void commit();
    void rollback();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    void migrate();

    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::shared_ptr<satellite::WalCheckpointer> m_checkpointer;
};

// Rolls back unless commit() was called: all or nothing for a request.
class Transaction
{
public:
    explicit Transaction(PrimaryDatabase &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    PrimaryDatabase &m_db;
    bool m_done = false;
};

} // namespace primary
