#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace satellite::ui {

// One column of a QueryTableModel: its header, the SQL that gives its value,
// and how the value is shown.
struct QueryColumn
{
    QString header;
    QString expression; // selected as-is; also what the column sorts by
    std::function<QVariant(const QVariant &value, const QList<QVariant> &row)> display = {};
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    // A colour for values that must stand out (expired stock, ...); invalid: none.
    std::function<QVariant(const QVariant &value)> foreground = {};
};

// What a QueryTableModel shows: SELECT <columns> FROM <from> [WHERE <where>
// AND search] [GROUP BY <groupBy>] ORDER BY ... The first column is the
// record's ID, hidden from view and kept as Qt::UserRole.
struct QuerySpec
{
    QString idExpression;
    QList<QueryColumn> columns;
    QString from;
    QString where;
    QString groupBy;
    QStringList searchExpressions; // matched with LIKE '%text%'
    int defaultSortColumn = 0;
};

} // namespace satellite::ui
