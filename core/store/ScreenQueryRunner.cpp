#include "ScreenQueryRunner.h"

#include "Database.h"
#include "SqlStatement.h"

#include <QRegularExpression>
#include <algorithm>

namespace satellite {

namespace {

QStringList wordsOf(const QString &search)
{
    return search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// Where one typed word is looked for.
QStringList placesFor(const ScreenQuery &query, const QString &word)
{
    const bool number
        = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
    return number ? query.searchIn + query.searchNumbersIn : query.searchIn;
}

} // namespace

QByteArray ScreenQueryRunner::sql(const ScreenQuery &query, const View &view, Select what)
{
    QStringList selected{query.idSql};
    for (const ScreenQuery::Column &column : query.columns)
        selected.append(column.sql);
    if (what == Select::RowsAndTotal)
        selected.append(QStringLiteral("count(*) OVER ()"));
    QStringList conditions;
    if (!query.where.isEmpty())
        conditions.append(u'(' + query.where + u')');
    if (!query.searchIn.isEmpty()) {
        for (const QString &word : wordsOf(view.search)) {
            QStringList matches;
            for (const QString &expression : placesFor(query, word))
                matches.append(expression + QStringLiteral(" LIKE ?"));
            conditions.append(u'(' + matches.join(QStringLiteral(" OR ")) + u')');
        }
    }
    QString text = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + query.from;
    if (!conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!query.groupBy.isEmpty())
        text += QStringLiteral(" GROUP BY ") + query.groupBy;
    if (!query.having.isEmpty())
        text += QStringLiteral(" HAVING ") + query.having;
    if (what == Select::Count)
        return (QStringLiteral("SELECT count(*) FROM (") + text + u')').toUtf8();
    if (!query.columns.isEmpty()) {
        const qsizetype sort = std::clamp<qsizetype>(view.sortColumn, 0, query.columns.size() - 1);
        // Rows without a value (no stock, no expiry) after those with one,
        // either way; the ID keeps pages apart when values tie.
        text += QStringLiteral(" ORDER BY ") + query.columns.at(sort).sql
            + (view.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
            + QStringLiteral(" NULLS LAST, ") + query.idSql;
    }
    text += QStringLiteral(" LIMIT ? OFFSET ?");
    return text.toUtf8();
}

namespace {

void bindValue(SqlStatement &statement, int position, const QVariant &value)
{
    if (value.isNull())
        statement.bindNull(position);
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        statement.bind(position, value.toLongLong());
    else if (value.typeId() == QMetaType::Double)
        statement.bindReal(position, value.toDouble());
    else
        statement.bind(position, value.toString());
}

} // namespace

// Binds the query's own values, then each typed word once for each place a
// search looks in, then the groups' condition's values; returns the next
// free position.
int ScreenQueryRunner::bindFilter(SqlStatement &statement, const ScreenQuery &query,
                                  const View &view)
{
    int position = 1;
    for (const QVariant &value : query.parameters)
        bindValue(statement, position++, value);
    if (!query.searchIn.isEmpty()) {
        for (const QString &word : wordsOf(view.search)) {
            const QString pattern = u'%' + word + u'%';
            for (qsizetype i = placesFor(query, word).size(); i > 0; --i)
                statement.bind(position++, pattern);
        }
    }
    for (const QVariant &value : query.havingParameters)
        bindValue(statement, position++, value);
    return position;
}

QList<ScreenQueryRunner::Row> ScreenQueryRunner::read(SqlStatement &statement,
                                                      const ScreenQuery &query, qint64 *total)
{
    QList<Row> rows;
    const int columns = int(query.columns.size());
    while (statement.step()) {
        Row row;
        row.reserve(columns + 1);
        row.append(statement.text(0));
        for (int column = 0; column < columns; ++column) {
            const int at = column + 1;
            if (statement.isNull(at)) {
                row.append(QVariant());
                continue;
            }
            switch (query.columns.at(column).kind) {
            case ScreenQuery::Kind::Integer: row.append(statement.integer(at)); break;
            case ScreenQuery::Kind::Real: row.append(statement.real(at)); break;
            case ScreenQuery::Kind::Text: row.append(statement.text(at)); break;
            }
        }
        if (total)
            *total = statement.integer(columns + 1);
        rows.append(std::move(row));
    }
    return rows;
}

ScreenQueryRunner::Page ScreenQueryRunner::first(const ScreenQuery &query, const View &view,
                                                 int limit)
{
    Page first;
    if (query.groupBy.isEmpty()) {
        first.total = count(query, view);
        first.rows = page(query, view, 0, limit);
        return first;
    }
    const QByteArray text = sql(query, view, Select::RowsAndTotal);
    SqlStatement statement(m_db.handle(), text.constData());
    const int position = bindFilter(statement, query, view);
    statement.bind(position, qint64(limit)).bind(position + 1, qint64(0));
    first.rows = read(statement, query, &first.total);
    return first;
}

QList<ScreenQueryRunner::Row> ScreenQueryRunner::page(const ScreenQuery &query, const View &view,
                                                      qint64 offset, int limit)
{
    const QByteArray text = sql(query, view, Select::Rows);
    SqlStatement statement(m_db.handle(), text.constData());
    const int position = bindFilter(statement, query, view);
    statement.bind(position, qint64(limit)).bind(position + 1, offset);
    return read(statement, query, nullptr);
}

qint64 ScreenQueryRunner::count(const ScreenQuery &query, const View &view)
{
    const QByteArray text = sql(query, view, Select::Count);
    SqlStatement statement(m_db.handle(), text.constData());
    bindFilter(statement, query, view);
    return statement.step() ? statement.integer(0) : 0;
}

} // namespace satellite
