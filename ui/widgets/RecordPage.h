#pragma once

#include "models/QuerySpec.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
struct sqlite3;

namespace satellite::ui {

class QueryTableModel;

// One page of the main window: a search box that filters as you type, a
// sortable table that fetches lazily, and a details table for the selected row.
class RecordPage : public QWidget
{
    Q_OBJECT
public:
    using DetailsQuery = std::function<QuerySpec(const QString &id)>;

    RecordPage(sqlite3 *db, const QString &title, const QuerySpec &spec,
               const QString &detailsTitle, DetailsQuery details, QWidget *parent = nullptr);
    ~RecordPage() override;

    QueryTableModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QueryTableModel *detailsModel() const { return m_detailsModel.get(); }

    // New data arrived: reload, keeping the selection and the scroll position.
    void refresh();

private:
    void showDetails();
    void updateCount();

    sqlite3 *m_db;
    DetailsQuery m_details;
    std::unique_ptr<QueryTableModel> m_model;
    std::unique_ptr<QueryTableModel> m_detailsModel;
    QLineEdit *m_search;
    QTableView *m_table;
    QTableView *m_detailsTable;
    QLabel *m_count;
    QTimer *m_searchDelay;
};

} // namespace satellite::ui
