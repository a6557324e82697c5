#include "DispenseLinesModel.h"

#include "domain/DateText.h"

#include <QColor>
#include <QLocale>

namespace satellite::ui {

int DispenseLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DispenseLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DispenseLinesModel::quantityText(double units, const QString &unitName)
{
    const QString number = QLocale().toString(units, 'g', 12);
    return unitName.isEmpty() ? number : tr("%1 %2", "quantity and unit").arg(number, unitName);
}

QString DispenseLinesModel::money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString DispenseLinesModel::batchesText(const Entry &entry) const
{
    QStringList parts;
    for (const BatchAllocator::Issue &issue : entry.issues) {
        const QString expiry = issue.batch.expiry.isValid()
            ? tr("expires %1").arg(DateText::of(issue.batch.expiry))
            : tr("no expiry");
        parts.append(tr("%1 (%2): %3 × pack of %4", "batch, expiry, packs, pack size")
                         .arg(issue.batch.batch, expiry, QLocale().toString(issue.packs, 'g', 12),
                              QLocale().toString(issue.batch.packSize, 'g', 12)));
    }
    return parts.join(u'\n');
}

QVariant DispenseLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Quantity || index.column() == Price))
        return int(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ForegroundRole && index.column() == Batches && !entry.problem.isEmpty())
        return QColor(0xb0, 0x00, 0x20); // beside the words, never instead of them
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Item: return entry.itemName;
    case Quantity: return quantityText(entry.line.units, entry.unitName);
    case Directions: return entry.line.directions;
    case Batches:
        return entry.problem.isEmpty() ? batchesText(entry)
                                       : tr("Cannot dispense: %1").arg(entry.problem);
    case Price: {
        if (!entry.problem.isEmpty() || entry.issues.isEmpty())
            return QString();
        double price = 0;
        for (const BatchAllocator::Issue &issue : entry.issues)
            price += issue.price;
        return money(price);
    }
    default: return {};
    }
}

QVariant DispenseLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Item");
    case Quantity: return tr("Quantity");
    case Directions: return tr("Directions");
    case Batches: return tr("From batches (first to expire first)");
    case Price: return tr("Price");
    default: return {};
    }
}

QList<Dispensing::Line> DispenseLinesModel::lines() const
{
    QList<Dispensing::Line> lines;
    for (const Entry &entry : m_entries)
        lines.append(entry.line);
    return lines;
}

void DispenseLinesModel::append(const Entry &entry)
{
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

void DispenseLinesModel::removeAt(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void DispenseLinesModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void DispenseLinesModel::setPlans(const QList<QList<BatchAllocator::Issue>> &issues,
                                  const QStringList &problems)
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        m_entries[row].issues = issues.value(row);
        m_entries[row].problem = problems.value(row);
    }
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

double DispenseLinesModel::total() const
{
    double total = 0;
    for (const Entry &entry : m_entries) {
        for (const BatchAllocator::Issue &issue : entry.issues)
            total += issue.price;
    }
    return total;
}

bool DispenseLinesModel::hasProblems() const
{
    for (const Entry &entry : m_entries) {
        if (!entry.problem.isEmpty())
            return true;
    }
    return false;
}

} // namespace satellite::ui
