#include "DraftList.h"

#include "domain/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace satellite::ui {

DraftList::DraftList(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_open(new QPushButton(tr("&Open draft"), this))
    , m_finish(new QPushButton(tr("&Finish draft"), this))
    , m_discard(new QPushButton(tr("Discard draft…"), this))
{
    m_table->setAccessibleName(tr("Drafts kept"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Patient"), tr("Started"), tr("Items")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 240);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: the buttons come next

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_open, m_finish, m_discard})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Dispensings kept as drafts"), this);
    heading->setBuddy(m_table);
    layout->addWidget(heading);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::activated, this, [this] { emit openRequested(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(currentId()); });
    connect(m_finish, &QPushButton::clicked, this, [this] { emit finishRequested(currentId()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { emit discardRequested(currentId()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &DraftList::updateButtons);
    updateButtons();
}

void DraftList::setDrafts(const QList<WorkLookups::Draft> &drafts)
{
    const QString selected = currentId();
    m_table->setRowCount(0);
    for (const WorkLookups::Draft &draft : drafts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QString::number(draft.number), draft.patientName,
                                DateText::of(draft.date),
                                tr("%n item(s)", nullptr, int(draft.request.lines.size()))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, draft.id);
            m_table->setItem(row, column, cell);
        }
        if (draft.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

QString DraftList::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DraftList::updateButtons()
{
    const bool any = !currentId().isEmpty();
    for (QPushButton *button : {m_open, m_finish, m_discard})
        button->setEnabled(any);
}

} // namespace satellite::ui
