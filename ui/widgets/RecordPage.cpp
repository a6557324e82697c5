#include "RecordPage.h"

#include "models/QueryTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace satellite::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(130);
    return table;
}

// Each column as wide as what it holds (the rows loaded), within bounds so
// that every column fits the window: names get the most room. Untitled
// columns carry values for other columns and stay hidden.
void layOutColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        table->setColumnHidden(
            column, table->model()->headerData(column, Qt::Horizontal).toString().isEmpty());
        const int widest = column == 0 ? 280 : 200;
        table->setColumnWidth(column, std::clamp(table->columnWidth(column), 60, widest));
    }
}
} // namespace

RecordPage::RecordPage(Database &db, const QString &title, const ScreenView &view,
                       const QString &detailsTitle, DetailsQuery details, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_details(std::move(details))
    , m_model(std::make_unique<QueryTableModel>(db, view))
    , m_detailsModel(m_details ? std::make_unique<QueryTableModel>(db, m_details(QString()))
                               : nullptr)
    , m_search(new QLineEdit(this))
    , m_actions(new QHBoxLayout)
    , m_besideDetails(new QHBoxLayout)
    , m_table(makeTable(this, title))
    , m_detailsTable(makeTable(this, detailsTitle))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(title);
    m_search->setPlaceholderText(tr("Search %1 (Ctrl+F)").arg(title.toLower()));
    m_search->setAccessibleName(tr("Search %1").arg(title.toLower()));
    m_search->setAccessibleDescription(
        tr("Keeps the rows that hold every word typed, in any order, as you type."));
    m_search->setClearButtonEnabled(true);
    setFocusProxy(m_search);
    // Ctrl+F while anywhere on this page: to the search box, its text selected.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_table->setModel(m_model.get());
    m_table->setAccessibleDescription(
        tr("The details of the selected row are shown below the list."));
    m_table->sortByColumn(m_model->defaultSortColumn(), m_model->defaultSortOrder());
    layOutColumns(m_table);
    if (m_detailsModel) {
        m_detailsTable->setModel(m_detailsModel.get());
        showDetailsOrder();
        layOutColumns(m_detailsTable);
    }

    auto *heading = new QLabel(detailsTitle, this);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(heading);
    detailsLayout->addLayout(m_besideDetails);
    m_besideDetails->addWidget(m_detailsTable, 3);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    m_actions->addWidget(m_search, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_splitter);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_note, 1);
    layout->addLayout(footer);
    m_note->setAccessibleName(tr("Message"));
    m_count->setAccessibleName(tr("Rows found"));

    // Filter as you type; a short pause only folds a burst of keys (a paste,
    // a held key) into one query, so each keystroke is answered at once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(30);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { keepingSelection([this] { m_model->setSearchText(m_search->text()); }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_refreshing)
            showDetails();
    });
    // A reset (another order) lets the current row go without a word
    // (QItemSelectionModel::reset): it is selected again where it now is, or
    // its details go with it.
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_refreshing)
            m_selectedBeforeReset = currentId();
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (!m_refreshing)
            selectAgainAfterReset();
    });
    updateCount();
}

RecordPage::~RecordPage() = default;

void RecordPage::refresh()
{
    const QString selected = m_model->idAt(m_table->currentIndex().row());
    const int scroll = m_table->verticalScrollBar()->value();
    m_refreshing = true;
    m_model->reload();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_refreshing = false;
    m_table->verticalScrollBar()->setValue(scroll);
    showDetails(); // the selected row's details may have changed too
    updateCount();
    emit refreshed();
}

QString RecordPage::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

bool RecordPage::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void RecordPage::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    keepingSelection([this, text] { m_model->setSearchText(text); });
}

void RecordPage::setQuery(const ScreenQuery &query)
{
    keepingSelection([this, query] { m_model->setQuery(query); });
}

// The rows change (a search, a filter): the selected row stays selected
// when it is still listed, and its details with it; otherwise both go.
void RecordPage::keepingSelection(const std::function<void()> &change)
{
    const QString selected = currentId();
    m_refreshing = true;
    change();
    const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_refreshing = false;
    if (!selected.isEmpty() || !currentId().isEmpty())
        showDetails(); // of the same row, read again; or emptied
    updateCount();
}

void RecordPage::selectAgainAfterReset()
{
    const int row = m_selectedBeforeReset.isEmpty() ? -1 : m_model->rowOf(m_selectedBeforeReset);
    m_selectedBeforeReset.clear();
    if (row >= 0) {
        m_refreshing = true; // one showDetails() below, not two
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_refreshing = false;
        m_table->scrollTo(m_model->index(row, 0));
    }
    showDetails();
}

void RecordPage::addFilter(QWidget *widget)
{
    m_actions->insertWidget(1, widget); // after the search box, before the buttons
}

void RecordPage::addAboveList(QWidget *widget)
{
    m_splitter->insertWidget(0, widget);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
}

void RecordPage::addBesideDetails(QWidget *widget)
{
    m_besideDetails->addWidget(widget, 2);
}

QPushButton *RecordPage::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_actions->addWidget(button);
    return button;
}

void RecordPage::setNote(const QString &text)
{
    m_note->setText(text);
}

QAbstractItemModel *RecordPage::detailsModel() const
{
    return m_paneModel ? m_paneModel : m_detailsModel.get();
}

void RecordPage::setDetailsPane(QWidget *pane, QAbstractItemModel *model)
{
    m_paneModel = model;
    delete m_detailsTable->parentWidget()->layout()->replaceWidget(m_detailsTable, pane);
    m_detailsTable->hide();
    pane->show();
    m_splitter->setStretchFactor(0, 1); // a pane of its own says more: as much room as the list
    m_splitter->setStretchFactor(1, 1);
}

void RecordPage::showDetails()
{
    const QString id = m_model->idAt(m_table->currentIndex().row());
    emit currentIdChanged(id);
    if (!m_details)
        return;
    auto next = std::make_unique<QueryTableModel>(m_db, m_details(id));
    m_detailsTable->setModel(next.get()); // the view lets go of the old model first
    m_detailsModel = std::move(next);
    showDetailsOrder();
    layOutColumns(m_detailsTable);
}

// The header shows the order the details come in (newest first, ...).
void RecordPage::showDetailsOrder()
{
    m_detailsTable->horizontalHeader()->setSortIndicator(m_detailsModel->defaultSortColumn(),
                                                         m_detailsModel->defaultSortOrder());
}

void RecordPage::updateCount()
{
    m_count->setText(
        m_model->problem().isEmpty()
            ? tr("%n row(s)", nullptr, int(m_model->totalRows()))
            : tr("The list cannot be read now (%1); it is read again at the next change.")
                  .arg(m_model->problem()));
}

} // namespace satellite::ui
