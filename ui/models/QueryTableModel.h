#pragma once

#include "ScreenView.h"
#include "store/ScreenQueryRunner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace satellite {
class Database;
} // namespace satellite

namespace satellite::ui {

// A read-only table over the local database that fetches lazily, a page at a
// time as the view scrolls, so that tens of thousands of rows open at once.
// The store reads the rows (ScreenQueryRunner, over the GUI's own
// connection; queries are short); this model pages, sorts and filters, and
// shows each column as its ViewColumn says.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    QueryTableModel(Database &db, ScreenView view, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    // Other rows of the same columns (a filter): loads again, in the same order.
    void setQuery(const ScreenQuery &query);
    // Loads again from the start, as far as was loaded before.
    void reload();
    // All matching rows, however many are loaded.
    qint64 totalRows() const { return m_total; }
    QString idAt(int row) const;
    // A row's value of the query's column `key`, as read; invalid when there is none.
    QVariant valueAt(int row, const QString &key) const;
    int rowOf(const QString &id) const;
    // The column the rows are sorted by at first.
    int defaultSortColumn() const { return m_defaultSortColumn; }
    Qt::SortOrder defaultSortOrder() const
    {
        return m_view.query.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    // Why the rows could not be read, in words; empty when they were.
    QString problem() const { return m_problem; }

    static constexpr int pageSize = 256;

private:
    void load(int rows);
    ScreenQueryRunner::View queryView() const;
    QVariant shown(const QModelIndex &index, const QVariant &value) const;

    ScreenQueryRunner m_runner;
    ScreenView m_view;
    QList<qsizetype> m_valueAt; // each view column's place in a row
    QList<qsizetype> m_currencyAt; // its currency's place; -1: not an amount
    int m_defaultSortColumn = 0;
    QString m_search;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<ScreenQueryRunner::Row> m_rows; // [id, the query's columns...]
    qint64 m_total = 0;
    QString m_problem;
    bool m_announcingReset = false;
};

} // namespace satellite::ui
