#pragma once

#include "domain/Batch.h"
#include "domain/StockCount.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

// A stock count of one item, or of everything kept at one location: the
// units counted per batch (left empty: not counted), and for each difference
// a reason from the primary's list; the differences become one inventory
// adjustment.
class StockCountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Item, Location };

    // `id` is the item's or the location's.
    StockCountDialog(LocalStore &store, const WorkContext &context, Scope scope, const QString &id,
                     QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    const Batch &batchAt(int row) const { return m_rows.at(row).batch; }
    QLineEdit *countedField(int row) const { return m_rows.at(row).counted; }
    QComboBox *reasonBox(int row) const { return m_rows.at(row).reason; }
    QLineEdit *commentField() const { return m_comment; }
    QLabel *messageLabel() const { return m_message; }
    void save();

signals:
    // Recorded: the record types that changed, and what happened in words.
    void saved(const QStringList &changedTypes, const QString &summary);

private:
    struct Row
    {
        Batch batch;
        QString itemName;
        QString unitName;
        QLineEdit *counted = nullptr;
        QLabel *difference = nullptr;
        QComboBox *reason = nullptr;
    };
    void readRows(Scope scope, const QString &id);
    QWidget *createGrid(bool showItems);
    void addRow(QGridLayout *layout, int index, bool showItems);
    void updateRow(Row &row);
    std::optional<QList<StockCount::Line>> lines();

    LocalStore &m_store;
    const WorkContext &m_context;
    QString m_title; // the item's or the location's name
    QList<StockCount::Reason> m_reasons;
    QList<Row> m_rows;
    QLineEdit *m_comment;
    QLabel *m_message;
};

} // namespace satellite::ui
