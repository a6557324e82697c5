#pragma once

#include "QuerySpec.h"

#include <QAbstractTableModel>
#include <QStringList>

struct sqlite3;

namespace satellite::ui {

// A read-only table over the local database that fetches lazily, a page at a
// time as the view scrolls, so that tens of thousands of rows open at once.
// Runs on the GUI thread over the GUI's own connection; queries are short.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    QueryTableModel(sqlite3 *db, QuerySpec spec, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    // Loads again from the start, as far as was loaded before.
    void reload();
    // All matching rows, however many are loaded.
    qint64 totalRows() const { return m_total; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    static constexpr int pageSize = 256;

private:
    enum class Select { Rows, RowsAndTotal, Count };
    QString selectSql(Select what) const;
    qint64 countRows() const;
    void load(int rows);
    // With `total`, also counts every row the query matches (same pass).
    QList<QList<QVariant>> readPage(qsizetype offset, qint64 *total = nullptr) const;

    sqlite3 *m_db;
    QuerySpec m_spec;
    QString m_search;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QList<QVariant>> m_rows; // [id, columns...]
    qint64 m_total = 0;
    bool m_announcingReset = false;
};

} // namespace satellite::ui
