#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace satellite {

// A prepared SQLite statement for hot paths (thousands of rows a batch):
// prepared once, bound by position, stepped, reset. Failures throw StoreError.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binding is by 1-based position, as in SQLite. Text is bound as UTF-8.
    SqlStatement &bind(int index, QByteArrayView utf8);
    SqlStatement &bind(int index, const QByteArray &utf8)
    {
        return bind(index, QByteArrayView(utf8));
    }
    SqlStatement &bind(int index, const QString &text);
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bindReal(int index, double value);
    SqlStatement &bindBlob(int index, QByteArrayView bytes);
    SqlStatement &bindNull(int index);
    // Without a copy, for rows written by the thousand: the bytes must stay
    // valid until reset() (run() resets).
    SqlStatement &bindBorrowed(int index, QByteArrayView utf8);
    SqlStatement &bindBorrowedBlob(int index, QByteArrayView bytes);

    // True while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it.
    void run();
    void reset();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;
    int changes() const;
    qint64 lastInsertRowId() const;

private:
    SqlStatement &bindText(int index, QByteArrayView utf8, bool copy);
    SqlStatement &bindBytes(int index, QByteArrayView bytes, bool copy);
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace satellite
