#include "QueryTableModel.h"

#include "store/StoreError.h"

#include <QLocale>
#include <algorithm>

namespace satellite::ui {

QueryTableModel::QueryTableModel(Database &db, ScreenView view, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(db)
    , m_view(std::move(view))
{
    for (qsizetype column = 0; column < m_view.columns.size(); ++column) {
        const ViewColumn &shown = m_view.columns.at(column);
        const qsizetype at = m_view.query.indexOf(shown.key);
        Q_ASSERT_X(at >= 0, "QueryTableModel", qPrintable(shown.key));
        m_valueAt.append(at + 1); // after the ID
        m_currencyAt.append(
            shown.currencyKey.isEmpty() ? -1 : m_view.query.indexOf(shown.currencyKey) + 1);
    }
    const auto sorted = std::find_if(
        m_view.columns.cbegin(), m_view.columns.cend(),
        [this](const ViewColumn &column) { return column.key == m_view.query.defaultSort; });
    m_defaultSortColumn
        = sorted == m_view.columns.cend() ? 0 : int(std::distance(m_view.columns.cbegin(), sorted));
    m_sortColumn = m_defaultSortColumn;
    m_sortOrder = defaultSortOrder();
    load(pageSize);
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.columns.size());
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScreenQueryRunner::Row &row = m_rows.at(index.row());
    const ViewColumn &column = m_view.columns.at(index.column());
    const QVariant value = row.value(m_valueAt.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return shown(index, value);
    case Qt::TextAlignmentRole: return QVariant::fromValue(column.alignment);
    case Qt::ForegroundRole: return column.foreground ? column.foreground(value) : QVariant();
    case Qt::DecorationRole: return column.decoration ? column.decoration(value) : QVariant();
    case Qt::ToolTipRole:
        return column.foreground && column.foreground(value).isValid() ? shown(index, value)
                                                                       : QVariant();
    case Qt::UserRole: return row.first();
    default: return {};
    }
}

// A value as its column shows it: in words, an amount with its currency.
QVariant QueryTableModel::shown(const QModelIndex &index, const QVariant &value) const
{
    const ViewColumn &column = m_view.columns.at(index.column());
    const qsizetype currencyAt = m_currencyAt.at(index.column());
    if (currencyAt > 0) {
        if (value.isNull())
            return QString();
        const QString currency = m_rows.at(index.row()).value(currencyAt).toString();
        if (currency.isEmpty())
            return QLocale().toString(value.toDouble(), 'f', 2);
        QString amount = QLocale().toCurrencyString(value.toDouble(), currency, 2);
        // A code before the number reads apart from it: "USD 7.10", not "USD7.10".
        if (amount.startsWith(currency) && amount.size() > currency.size()
            && !amount.at(currency.size()).isSpace())
            amount.insert(currency.size(), QChar::Nbsp);
        return amount;
    }
    return column.display ? column.display(value) : value;
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_view.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) // a number's header over the number
        return QVariant::fromValue(m_view.columns.at(section).alignment);
    if (role == Qt::ToolTipRole && !m_view.columns.at(section).explanation.isEmpty())
        return m_view.columns.at(section).explanation;
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_view.columns.at(section).header;
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset is being announced: rows inserted then would land in
    // the middle of everyone's reset handling.
    return !parent.isValid() && !m_announcingReset && m_rows.size() < m_total;
}

ScreenQueryRunner::View QueryTableModel::queryView() const
{
    return {m_search, m_valueAt.value(m_sortColumn, 1) - 1, m_sortOrder == Qt::DescendingOrder};
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ScreenQueryRunner::Row> page;
    try {
        page = m_runner.page(m_view.query, queryView(), m_rows.size(), pageSize);
    } catch (const StoreError &error) {
        m_problem = error.message();
    }
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile, or could not be read
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
    if (column < 0 || column >= m_view.columns.size()
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

void QueryTableModel::setQuery(const ScreenQuery &query)
{
    m_view.query = query;
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

QVariant QueryTableModel::valueAt(int row, const QString &key) const
{
    const qsizetype at = m_view.query.indexOf(key);
    return row >= 0 && row < m_rows.size() && at >= 0 ? m_rows.at(row).value(at + 1) : QVariant();
}

int QueryTableModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).first().toString() == id)
            return int(row);
    }
    return -1;
}

void QueryTableModel::load(int rows)
{
    beginResetModel();
    // The first page comes with the reset itself.
    m_problem.clear();
    try {
        const ScreenQueryRunner::Page first = m_runner.first(m_view.query, queryView(), pageSize);
        m_rows = first.rows;
        m_total = first.total;
    } catch (const StoreError &error) {
        // Shown by the page in words; the table stays empty rather than stale.
        m_problem = error.message();
        m_rows.clear();
        m_total = 0;
    }
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    while (m_rows.size() < rows && canFetchMore({}))
        fetchMore({});
}

} // namespace satellite::ui
