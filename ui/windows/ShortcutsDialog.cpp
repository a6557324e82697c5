#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace satellite::ui {

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(shortcuts.size()), 2, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        m_table->setItem(
            row, 0,
            new QTableWidgetItem(shortcuts.at(row).keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).does));
    }
    m_table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(480, 460);
}

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::workShortcuts()
{
    return {
        {QKeySequence(Qt::CTRL | Qt::Key_F), tr("Search the list of the page")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Dispense or receive: save and finish")},
        {QKeySequence(Qt::CTRL | Qt::Key_D), tr("Dispense: keep as a draft")},
        {QKeySequence(Qt::CTRL | Qt::Key_P), tr("Dispense: print the labels")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), tr("Dispense: register a new patient")},
    };
}

} // namespace satellite::ui
