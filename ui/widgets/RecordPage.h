#pragma once

#include "models/ScreenView.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace satellite {
class Database;
} // namespace satellite

namespace satellite::ui {

class QueryTableModel;

// One page of the main window: a search box that filters as you type, a
// sortable table that fetches lazily, and details of the selected row (a
// table from a query, or a pane of its own); the details follow the
// selection: a new search, a filter or another order keeps the selected row
// while it is still listed, and empties the details when it is not.
class RecordPage : public QWidget
{
    Q_OBJECT
public:
    using DetailsQuery = std::function<ScreenView(const QString &id)>;

    // Without `details`, the page shows a pane set with setDetailsPane().
    RecordPage(Database &db, const QString &title, const ScreenView &view,
               const QString &detailsTitle, DetailsQuery details, QWidget *parent = nullptr);
    ~RecordPage() override;

    QueryTableModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    // What the details show now (the pane's model, for a pane of its own).
    QAbstractItemModel *detailsModel() const;
    // Shows `pane` under the details title instead of a table; it follows currentIdChanged.
    void setDetailsPane(QWidget *pane, QAbstractItemModel *model);

    // New data arrived: reload, keeping the selection and the scroll position.
    void refresh();
    // The selected row's record ID; empty when none.
    QString currentId() const;
    bool selectId(const QString &id);
    // Types `text` in the search box and filters at once.
    void search(const QString &text);
    // Lists other rows of the same columns (a filter), keeping the search and the order.
    void setQuery(const ScreenQuery &query);
    // A filter's widget beside the search box.
    void addFilter(QWidget *widget);
    // A widget above the list (a chart), in the same splitter.
    void addAboveList(QWidget *widget);
    // A widget beside the details table (more about the selected row).
    void addBesideDetails(QWidget *widget);
    // A button beside the search box, for an action on the page or its selection.
    QPushButton *addButton(const QString &text);
    // What the last action on this page did, in words, under the tables.
    void setNote(const QString &text);
    QLabel *noteLabel() const { return m_note; }
    // How many rows the list holds, in words.
    QLabel *countLabel() const { return m_count; }

signals:
    // The selected row's record ID; empty when no row is selected.
    void currentIdChanged(const QString &id);
    // New data was read (refresh()).
    void refreshed();

private:
    void showDetails();
    void updateCount();
    void showDetailsOrder();
    void keepingSelection(const std::function<void()> &change);
    void selectAgainAfterReset();

    Database &m_db;
    DetailsQuery m_details;
    std::unique_ptr<QueryTableModel> m_model;
    std::unique_ptr<QueryTableModel> m_detailsModel;
    QLineEdit *m_search;
    QHBoxLayout *m_actions;
    QHBoxLayout *m_besideDetails;
    QTableView *m_table;
    QTableView *m_detailsTable;
    QSplitter *m_splitter;
    QAbstractItemModel *m_paneModel = nullptr;
    QString m_selectedBeforeReset;
    bool m_refreshing = false; // the selection comes back after a reload: no flicker
    QLabel *m_count;
    QLabel *m_note;
    QTimer *m_searchDelay;
};

} // namespace satellite::ui
