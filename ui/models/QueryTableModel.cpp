#include "QueryTableModel.h"

#include <sqlite3.h>

namespace satellite::ui {

namespace {

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL: return QVariant();
    default:
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column));
    }
}

} // namespace

QueryTableModel::QueryTableModel(sqlite3 *db, QuerySpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
{
    load(pageSize);
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<QVariant> &row = m_rows.at(index.row());
    const QueryColumn &column = m_spec.columns.at(index.column());
    const QVariant value = row.at(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return column.display ? column.display(value, row) : value;
    case Qt::TextAlignmentRole: return QVariant::fromValue(column.alignment);
    case Qt::ForegroundRole: return column.foreground ? column.foreground(value) : QVariant();
    case Qt::ToolTipRole:
        return column.foreground && column.foreground(value).isValid() ? column.display(value, row)
                                                                       : QVariant();
    case Qt::UserRole: return row.first();
    default: return {};
    }
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) // a number's header over the number
        return QVariant::fromValue(m_spec.columns.at(section).alignment);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_spec.columns.at(section).header;
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset is being announced: rows inserted then would land in
    // the middle of everyone's reset handling.
    return !parent.isValid() && !m_announcingReset && m_rows.size() < m_total;
}

QList<QList<QVariant>> QueryTableModel::readPage(qsizetype offset, qint64 *total) const
{
    const QString sql = selectSql(total ? Select::RowsAndTotal : Select::Rows)
        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(pageSize).arg(offset);
    QList<QList<QVariant>> page;
    if (total)
        *total = 0;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        return page;
    const int columns = sqlite3_column_count(statement) - (total ? 1 : 0);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QList<QVariant> row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(columnValue(statement, column));
        page.append(row);
        if (total)
            *total = sqlite3_column_int64(statement, columns);
    }
    sqlite3_finalize(statement);
    return page;
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QList<QVariant>> page = readPage(m_rows.size());
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    // Views ask again for the order they already have (a header reset does):
    // loading again then would nest a reset inside a reset.
    if (column < 0 || column >= m_spec.columns.size()
        || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load(pageSize);
}

void QueryTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    load(pageSize);
}

void QueryTableModel::reload()
{
    load(std::max<int>(int(m_rows.size()), pageSize));
}

QString QueryTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first().toString() : QString();
}

int QueryTableModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).first().toString() == id)
            return int(row);
    }
    return -1;
}

qint64 QueryTableModel::countRows() const
{
    qint64 total = 0;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, selectSql(Select::Count).toUtf8().constData(), -1, &statement,
                           nullptr)
            == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        total = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return total;
}

QString QueryTableModel::selectSql(Select what) const
{
    QStringList selected{m_spec.idExpression};
    for (const QueryColumn &column : m_spec.columns)
        selected.append(column.expression);
    if (what == Select::RowsAndTotal)
        selected.append(QStringLiteral("count(*) OVER ()"));
    QStringList conditions;
    if (!m_spec.where.isEmpty())
        conditions.append(m_spec.where);
    if (!m_search.trimmed().isEmpty() && !m_spec.searchExpressions.isEmpty()) {
        // Quoted by SQLite itself: no way for search text to become SQL.
        char *quoted = sqlite3_mprintf(
            "%Q", QStringLiteral("%%1%").arg(m_search.trimmed()).toUtf8().constData());
        QStringList matches;
        for (const QString &expression : m_spec.searchExpressions)
            matches.append(expression + QStringLiteral(" LIKE ") + QString::fromUtf8(quoted));
        sqlite3_free(quoted);
        conditions.append(u'(' + matches.join(QStringLiteral(" OR ")) + u')');
    }
    QString sql = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + m_spec.from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!m_spec.groupBy.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + m_spec.groupBy;
    if (what == Select::Count)
        return QStringLiteral("SELECT count(*) FROM (") + sql + u')';
    sql += QStringLiteral(" ORDER BY %1 %2")
               .arg(m_spec.columns.at(m_sortColumn).expression,
                    m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                      : QStringLiteral("DESC"));
    return sql;
}

void QueryTableModel::load(int rows)
{
    beginResetModel();
    // The first page comes with the reset itself. A grouped query gathers
    // every row before its first: the total is counted in the same pass. An
    // other may stop after a page (an index in the order asked for), and a
    // count apart does not sort.
    if (m_spec.groupBy.isEmpty()) {
        m_total = countRows();
        m_rows = readPage(0);
    } else {
        m_rows = readPage(0, &m_total);
    }
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    while (m_rows.size() < rows && canFetchMore({}))
        fetchMore({});
}

} // namespace satellite::ui
