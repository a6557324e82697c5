#include "SqlStatement.h"

#include "StoreError.h"

#include <sqlite3.h>

namespace satellite {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK)
        fail(sql);
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement &SqlStatement::bind(int index, QByteArrayView utf8)
{
    return bindText(index, utf8, true);
}

SqlStatement &SqlStatement::bindBorrowed(int index, QByteArrayView utf8)
{
    return bindText(index, utf8, false);
}

SqlStatement &SqlStatement::bindText(int index, QByteArrayView utf8, bool copy)
{
    if (sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                          copy ? SQLITE_TRANSIENT : SQLITE_STATIC)
        != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    return bind(index, QByteArrayView(text.toUtf8()));
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindReal(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, QByteArrayView bytes)
{
    return bindBytes(index, bytes, true);
}

SqlStatement &SqlStatement::bindBorrowedBlob(int index, QByteArrayView bytes)
{
    return bindBytes(index, bytes, false);
}

SqlStatement &SqlStatement::bindBytes(int index, QByteArrayView bytes, bool copy)
{
    if (sqlite3_bind_blob(m_statement, index, bytes.data() ? bytes.data() : "", int(bytes.size()),
                          copy ? SQLITE_TRANSIENT : SQLITE_STATIC)
        != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

bool SqlStatement::step()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        reset(); // also lets go of borrowed bytes
        throw StoreError(
            QStringLiteral("%1 (%2)").arg(message, QString::fromUtf8(sqlite3_sql(m_statement))));
    }
    return false;
}

void SqlStatement::run()
{
    step();
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqlStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqlStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqlStatement::fail(const char *what) const
{
    throw StoreError(QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                                  QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace satellite
