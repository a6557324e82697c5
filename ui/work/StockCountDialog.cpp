#include "StockCountDialog.h"

#include "DispenseLinesModel.h"
#include "WorkAction.h"
#include "domain/DateText.h"
#include "domain/WorkLookups.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace satellite::ui {

namespace {

QString units(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

StockCountDialog::StockCountDialog(LocalStore &store, const WorkContext &context, Scope scope,
                                   const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_context(context)
    , m_comment(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Count stock"));
    WorkAction::run([&] { m_reasons = StockCount(store, context).reasons(); });
    readRows(scope, id);

    auto *heading = new QLabel(
        tr("<b>%1</b><br>Write the units you count in each batch; leave a batch empty if you "
           "did not count it. Each difference needs a reason.")
            .arg(m_title.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Optional, e.g. monthly count"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record count"));
    auto *comment = new QFormLayout;
    comment->addRow(tr("C&omment:"), m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(createGrid(scope == Scope::Location), 1);
    layout->addLayout(comment);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockCountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_rows.isEmpty())
        m_rows.first().counted->setFocus();
    else
        m_message->setText(tr("This store holds no batch here to count."));
    resize(scope == Scope::Location ? 980 : 760, 460);
}

// The batches to count, in the order they sit on the shelf: by item, then
// first to expire first.
void StockCountDialog::readRows(Scope scope, const QString &id)
{
    WorkLookups lookups(m_store, m_context);
    QList<Batch> batches;
    if (scope == Scope::Item) {
        const auto item = lookups.item(id);
        m_title = item ? item->name : id;
        batches = lookups.batches(id);
    } else {
        for (const WorkLookups::Location &location : lookups.locations()) {
            if (location.id == id)
                m_title = tr("Everything kept at %1").arg(location.name);
        }
        // What the shelf holds: batches used up long ago are not looked for.
        for (const Batch &batch : lookups.batchesAt(id)) {
            if (batch.onHand > 0)
                batches.append(batch);
        }
    }
    QHash<QString, std::optional<WorkLookups::Item>> items;
    for (const Batch &batch : std::as_const(batches)) {
        if (!items.contains(batch.itemId))
            items.insert(batch.itemId, lookups.item(batch.itemId));
        const auto &item = items.value(batch.itemId);
        m_rows.append(
            Row{batch, item ? item->name : batch.itemId, item ? item->unitName : QString()});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.itemName != b.itemName)
            return a.itemName.localeAwareCompare(b.itemName) < 0;
        return a.batch.expiry.isValid()
            && (!b.batch.expiry.isValid() || a.batch.expiry < b.batch.expiry);
    });
}

QWidget *StockCountDialog::createGrid(bool showItems)
{
    auto *area = new QScrollArea(this);
    auto *grid = new QWidget(area);
    auto *layout = new QGridLayout(grid);
    QStringList headers{tr("Batch"),           tr("Expiry"),     tr("On hand"),
                        tr("Counted (units)"), tr("Difference"), tr("Reason")};
    if (showItems)
        headers.prepend(tr("Item"));
    for (int column = 0; column < headers.size(); ++column) {
        auto *label = new QLabel(headers.at(column), grid);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label, 0, column);
    }
    for (int i = 0; i < m_rows.size(); ++i)
        addRow(layout, i, showItems);
    layout->setRowStretch(int(m_rows.size()) + 1, 1);
    area->setWidget(grid);
    area->setWidgetResizable(true);
    return area;
}

void StockCountDialog::addRow(QGridLayout *layout, int index, bool showItems)
{
    QWidget *grid = layout->parentWidget();
    Row &row = m_rows[index];
    const Batch &batch = row.batch;
    const int line = index + 1;
    int column = 0;
    if (showItems)
        layout->addWidget(new QLabel(row.itemName, grid), line, column++);
    layout->addWidget(new QLabel(batch.batch, grid), line, column++);
    layout->addWidget(
        new QLabel(batch.expiry.isValid() ? DateText::of(batch.expiry) : tr("no expiry"), grid),
        line, column++);
    auto *onHand
        = new QLabel(DispenseLinesModel::quantityText(batch.onHandUnits(), row.unitName), grid);
    onHand->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(onHand, line, column++);
    row.counted = new QLineEdit(grid);
    row.counted->setValidator(new QDoubleValidator(0, 1e12, 6, row.counted));
    row.counted->setAccessibleName(
        tr("Units of %1 counted in batch %2").arg(row.itemName, batch.batch));
    row.counted->setPlaceholderText(tr("not counted"));
    row.counted->setMaximumWidth(120);
    layout->addWidget(row.counted, line, column++);
    row.difference = new QLabel(grid);
    row.difference->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(row.difference, line, column++);
    row.reason = new QComboBox(grid);
    row.reason->setAccessibleName(tr("Reason for batch %1").arg(batch.batch));
    row.reason->setMinimumContentsLength(20);
    layout->addWidget(row.reason, line, column++);
    connect(row.counted, &QLineEdit::textChanged, this,
            [this, index] { updateRow(m_rows[index]); });
    updateRow(row);
}

// The reasons offered follow the direction of the difference.
void StockCountDialog::updateRow(Row &row)
{
    bool ok = false;
    const double counted = QLocale().toDouble(row.counted->text().trimmed(), &ok);
    const double difference = ok ? counted - row.batch.onHandUnits() : 0;
    row.difference->setText(
        !ok || difference == 0
            ? QString()
            : (difference > 0 ? tr("%1 more") : tr("%1 fewer")).arg(units(std::abs(difference))));
    const bool increase = difference > 0;
    const QString chosen = row.reason->currentData().toString();
    row.reason->clear();
    if (difference == 0) {
        row.reason->addItem(tr("no difference"));
        row.reason->setEnabled(false);
        return;
    }
    row.reason->setEnabled(true);
    row.reason->addItem(tr("Choose a reason…"), QString());
    for (const StockCount::Reason &reason : std::as_const(m_reasons)) {
        if (reason.increase == increase)
            row.reason->addItem(reason.title, reason.id);
    }
    row.reason->setCurrentIndex(std::max(0, row.reason->findData(chosen)));
}

std::optional<QList<StockCount::Line>> StockCountDialog::lines()
{
    QList<StockCount::Line> lines;
    for (const Row &row : std::as_const(m_rows)) {
        const QString text = row.counted->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double counted = QLocale().toDouble(text, &ok);
        if (!ok) {
            m_message->setText(
                tr("Batch %1: write the units counted as a number.").arg(row.batch.batch));
            row.counted->setFocus();
            return std::nullopt;
        }
        lines.append(StockCount::Line{row.batch.id, counted, row.reason->currentData().toString()});
    }
    if (lines.isEmpty()) {
        m_message->setText(tr("Write the units counted in at least one batch."));
        return std::nullopt;
    }
    return lines;
}

void StockCountDialog::save()
{
    const auto counted = lines();
    if (!counted)
        return;
    StockCount::Result result;
    const QString problem = WorkAction::run([&] {
        result = StockCount(m_store, m_context).record(*counted, m_comment->text().trimmed());
    });
    if (!problem.isEmpty()) {
        m_message->setText(tr("Nothing was recorded. %1").arg(problem));
        return;
    }
    emit saved(result.changedTypes,
               result.adjustmentId.isEmpty()
                   ? tr("The count matched the stock: nothing to adjust.")
                   : tr("Count recorded as inventory adjustment %1 (%n batch(es) changed).",
                        nullptr, result.linesAdjusted)
                         .arg(result.invoiceNumber));
    accept();
}

} // namespace satellite::ui
