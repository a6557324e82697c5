#pragma once

#include "domain/PatientHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace satellite::ui {

// A patient's dispensings, newest first: when, which medicine, how much, at
// which store (this one's own, or another clinic's as the primary told),
// and who prescribed it.
class PatientHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Medicine, Quantity, Store, Prescriber, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEntries(const QList<PatientHistory::Entry> &entries);
    const QList<PatientHistory::Entry> &entries() const { return m_entries; }

private:
    QList<PatientHistory::Entry> m_entries;
};

} // namespace satellite::ui
