#pragma once

#include "models/QuerySpec.h"

#include <QWidget>
#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
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
    // The selected row's record ID; empty when none.
    QString currentId() const;
    bool selectId(const QString &id);
    // Types `text` in the search box and filters at once.
    void search(const QString &text);
    // A button beside the search box, for an action on the page or its selection.
    QPushButton *addButton(const QString &text);
    // What the last action on this page did, in words, under the tables.
    void setNote(const QString &text);
    QLabel *noteLabel() const { return m_note; }

private:
    void showDetails();
    void updateCount();

    sqlite3 *m_db;
    DetailsQuery m_details;
    std::unique_ptr<QueryTableModel> m_model;
    std::unique_ptr<QueryTableModel> m_detailsModel;
    QLineEdit *m_search;
    QHBoxLayout *m_actions;
    QTableView *m_table;
    QTableView *m_detailsTable;
    QLabel *m_count;
    QLabel *m_note;
    QTimer *m_searchDelay;
};

} // namespace satellite::ui
