#pragma once

#include "domain/BatchAllocator.h"
#include "domain/Dispensing.h"

#include <QAbstractTableModel>
#include <QList>

namespace satellite::ui {

// The lines of the dispensing being prepared, each with the batches it will
// come from and their price (as Dispensing::plan answered), or why it cannot
// be dispensed, in words, beside it.
class DispenseLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // A line that cannot be dispensed says why where its batches would be.
    enum Column { Item, Quantity, Directions, Batches, Price, ColumnCount };

    struct Entry
    {
        Dispensing::Line line;
        QString itemName;
        QString unitName;
        QList<BatchAllocator::Issue> issues; // empty until planned
        QString problem; // empty when the line can be dispensed
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Entry> &entries() const { return m_entries; }
    QList<Dispensing::Line> lines() const;
    void append(const Entry &entry);
    void removeAt(int row);
    void clear();
    // The plan of every line: its batches, or its problem.
    void setPlans(const QList<QList<BatchAllocator::Issue>> &issues, const QStringList &problems);
    double total() const;
    bool hasProblems() const;

    // "30 Tab"
    static QString quantityText(double units, const QString &unitName);
    static QString money(double value);

private:
    QString batchesText(const Entry &entry) const;

    QList<Entry> m_entries;
};

} // namespace satellite::ui
