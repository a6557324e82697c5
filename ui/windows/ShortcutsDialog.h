#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

namespace satellite::ui {

// Help > Keyboard shortcuts: every chord of the window, with what it does.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QKeySequence keys;
        QString does;
    };

    ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The shortcuts of the work pages, which live on the pages themselves.
    static QList<Shortcut> workShortcuts();

private:
    QTableWidget *m_table;
};

} // namespace satellite::ui
