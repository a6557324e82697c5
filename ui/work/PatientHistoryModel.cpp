#include "PatientHistoryModel.h"

#include "domain/DateText.h"

#include <QLocale>

namespace satellite::ui {

int PatientHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PatientHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PatientHistory::Entry &entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Quantity ? Qt::AlignRight | Qt::AlignVCenter
                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Store)
        return entry.fromPrimary
            ? tr("Dispensed at %1, as the primary records it")
                  .arg(entry.storeName.isEmpty() ? tr("another store") : entry.storeName)
            : tr("Dispensed in this store");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date: return entry.date.isValid() ? DateText::of(entry.date) : tr("no date");
    case Medicine:
        return entry.itemCode.isEmpty()
            ? entry.itemName
            : tr("%1 (%2)", "item name and code").arg(entry.itemName, entry.itemCode);
    case Quantity: return QLocale().toString(entry.quantity, 'g', 12);
    case Store: return entry.storeName.isEmpty() ? tr("another store") : entry.storeName;
    case Prescriber: return entry.prescriber;
    default: return {};
    }
}

QVariant PatientHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Quantity ? Qt::AlignRight | Qt::AlignVCenter
                                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Medicine: return tr("Medicine");
    case Quantity: return tr("Quantity (units)");
    case Store: return tr("Store");
    case Prescriber: return tr("Prescriber");
    default: return {};
    }
}

void PatientHistoryModel::setEntries(const QList<PatientHistory::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

} // namespace satellite::ui
