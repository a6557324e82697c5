#pragma once

#include "ScreenQuery.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace satellite {

class Database;
class SqlStatement;

// Reads a screen's rows over one connection (the GUI's): how many match a
// search, and a page of them in the order asked. The typed text, the IDs and
// the page bounds are bound parameters; the sort is one of the query's own
// columns. Queries are short: the GUI thread runs them. Failures throw
// StoreError.
class ScreenQueryRunner
{
public:
    // What the screen asks for: the typed text (empty: every row) and the order.
    struct View
    {
        QString search;
        qsizetype sortColumn = 0; // a position in ScreenQuery::columns
        bool descending = false;
    };
    // Each row is the record's ID, then the query's columns in their order.
    using Row = QList<QVariant>;
    struct Page
    {
        QList<Row> rows;
        qint64 total = 0; // every row that matches
    };

    explicit ScreenQueryRunner(Database &db)
        : m_db(db)
    { }

    // The first rows and how many match in all. A grouped query reads every
    // row before its first anyway: it is counted in the same pass; another
    // may stop after a page (an index in the order asked for), and a count
    // apart does not sort.
    Page first(const ScreenQuery &query, const View &view, int limit);
    QList<Row> page(const ScreenQuery &query, const View &view, qint64 offset, int limit);
    qint64 count(const ScreenQuery &query, const View &view);

private:
    enum class Select { Rows, RowsAndTotal, Count };
    static QByteArray sql(const ScreenQuery &query, const View &view, Select what);
    static int bindFilter(SqlStatement &statement, const ScreenQuery &query, const View &view);
    static QList<Row> read(SqlStatement &statement, const ScreenQuery &query, qint64 *total);

    Database &m_db;
};

} // namespace satellite
