#include "ReceivePage.h"

#include "WorkAction.h"
#include "domain/DateText.h"
#include "models/RecordViews.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

constexpr int kOriginal = Qt::UserRole; // the value as sent, to tell what was corrected

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QTableWidgetItem *cell(const QString &text, bool editable, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(kOriginal, text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(editable ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable
                            : Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ReceivePage::ReceivePage(LocalStore &store, const WorkContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_lookups(store, context)
    , m_invoices(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_receive(new QPushButton(tr("&Receive into stock"), this))
{
    m_invoices->setAccessibleName(tr("Supplier invoices waiting"));
    m_lines->setAccessibleName(tr("Lines of the supplier invoice"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Pack size"), tr("Packs sent"),
                                        tr("Packs received"), tr("Batch"),
                                        tr("Expiry (YYYY-MM-DD)"), tr("Cost per pack")});
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->verticalHeader()->hide();
    // Every column in view at once: the item's name takes what is left.
    const std::pair<Column, int> widths[]
        = {{PackSize, 70},     {PacksSent, 85}, {PacksReceived, 110},
           {BatchNumber, 130}, {Expiry, 150},   {Cost, 100}};
    for (const auto &[column, width] : widths)
        m_lines->setColumnWidth(column, width);
    m_lines->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    m_heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_receive->setAutoDefault(true);
    m_receive->setToolTip(tr("Add every line to the stock (Ctrl+Enter)"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listHeading = new QLabel(tr("&Waiting to be received:"), listPane);
    listHeading->setBuddy(m_invoices);
    listLayout->addWidget(listHeading);
    listLayout->addWidget(m_invoices);
    auto *linesPane = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPane);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_heading);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_receive);
    linesLayout->addLayout(buttons);
    // The invoices above their lines: the lines get the window's whole width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listPane);
    splitter->addWidget(linesPane);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({150, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto *shortcut = new QAction(this);
    shortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, &ReceivePage::receive);
    connect(m_receive, &QPushButton::clicked, this, &ReceivePage::receive);
    connect(m_invoices, &QListWidget::currentRowChanged, this, &ReceivePage::loadLines);
    connect(m_lines, &QTableWidget::itemChanged, m_message, &QLabel::clear); // being corrected
    setFocusProxy(m_invoices);
    reload();
}

QString ReceivePage::currentId() const
{
    const QListWidgetItem *item = m_invoices->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReceivePage::reload()
{
    const QString selected = currentId();
    QSignalBlocker blocker(m_invoices);
    m_invoices->clear();
    QStringList waiting;
    const QString problem
        = WorkAction::run([&] { waiting = GoodsReceipt(m_store, m_context).waiting(); });
    for (const QString &id : std::as_const(waiting)) {
        const auto invoice = m_lookups.waitingInvoice(id);
        if (!invoice)
            continue;
        const QString name = tr("Invoice %1 from %2").arg(invoice->number).arg(invoice->supplier);
        const QString text
            = tr("%1 · sent %2 · %3 · %n line(s)", nullptr, int(invoice->lines.size()))
                  .arg(name, DateText::of(invoice->date),
                       RecordViews::invoiceStatus(invoice->status));
        auto *item = new QListWidgetItem(text, m_invoices);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, name);
        if (id == selected)
            m_invoices->setCurrentItem(item);
    }
    if (m_invoices->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing is waiting. Supplier invoices sent to this "
                                            "store arrive with a sync."),
                                         m_invoices);
        none->setFlags(Qt::ItemIsEnabled);
    } else if (!m_invoices->currentItem()) {
        m_invoices->setCurrentRow(0);
    }
    blocker.unblock();
    if (currentId() != m_shown)
        loadLines();
    if (!problem.isEmpty())
        showMessage(problem, true);
}

void ReceivePage::loadLines()
{
    m_shown = currentId();
    m_lines->setRowCount(0);
    const auto invoice = m_shown.isEmpty() ? std::nullopt : m_lookups.waitingInvoice(m_shown);
    m_receive->setEnabled(invoice.has_value());
    if (!invoice) {
        m_heading->setText(tr("Choose a supplier invoice on the left."));
        return;
    }
    m_heading->setText(
        tr("Invoice %1 from %2 (their reference %3). Check each line against what arrived "
           "and type over Packs received, Batch or Expiry where they differ.")
            .arg(invoice->number)
            .arg(invoice->supplier, invoice->theirRef.isEmpty() ? tr("none") : invoice->theirRef));
    for (const WorkLookups::ReceiptLine &line : invoice->lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const Qt::Alignment right = Qt::AlignRight;
        m_lines->setItem(row, Item, cell(line.itemName, false));
        m_lines->item(row, Item)->setData(Qt::UserRole + 1, line.id);
        m_lines->setItem(row, PackSize, cell(number(line.packSize), false, right));
        m_lines->setItem(row, PacksSent, cell(number(line.packs), false, right));
        m_lines->setItem(row, PacksReceived, cell(number(line.packs), true, right));
        m_lines->setItem(row, BatchNumber, cell(line.batch, true));
        m_lines->setItem(
            row, Expiry,
            cell(line.expiry.isValid() ? line.expiry.toString(Qt::ISODate) : QString(), true));
        m_lines->setItem(row, Cost, cell(QLocale().toString(line.costPrice, 'f', 2), false, right));
    }
    m_lines->setCurrentCell(0, PacksReceived);
}

bool ReceivePage::showInvoice(const QString &id)
{
    for (int row = 0; row < m_invoices->count(); ++row) {
        if (m_invoices->item(row)->data(Qt::UserRole).toString() == id) {
            m_invoices->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

// What the pharmacist changed, line by line; nullopt (and a message) when a
// value cannot be read.
std::optional<QList<GoodsReceipt::Correction>> ReceivePage::corrections()
{
    QList<GoodsReceipt::Correction> changes;
    const auto changed = [this](int row, int column) {
        const QTableWidgetItem *item = m_lines->item(row, column);
        return item->text().trimmed() != item->data(kOriginal).toString();
    };
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        GoodsReceipt::Correction correction;
        correction.lineId = m_lines->item(row, Item)->data(Qt::UserRole + 1).toString();
        const QString item = m_lines->item(row, Item)->text();
        if (changed(row, PacksReceived)) {
            bool ok = false;
            const double packs
                = QLocale().toDouble(m_lines->item(row, PacksReceived)->text().trimmed(), &ok);
            if (!ok || packs < 0) {
                showMessage(
                    tr("%1: write the packs received as a number, 0 if none came.").arg(item),
                    true);
                m_lines->setCurrentCell(row, PacksReceived);
                return std::nullopt;
            }
            correction.packs = packs;
        }
        if (changed(row, BatchNumber))
            correction.batch = m_lines->item(row, BatchNumber)->text().trimmed();
        if (changed(row, Expiry)) {
            const QString text = m_lines->item(row, Expiry)->text().trimmed();
            const QDate expiry = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !expiry.isValid()) {
                showMessage(
                    tr("%1: write the expiry as year-month-day, for example 2028-04-30.").arg(item),
                    true);
                m_lines->setCurrentCell(row, Expiry);
                return std::nullopt;
            }
            correction.expiry = expiry;
        }
        if (correction.packs || correction.batch || correction.expiry)
            changes.append(correction);
    }
    return changes;
}

void ReceivePage::receive()
{
    const QString id = m_shown;
    if (id.isEmpty())
        return;
    // A value still being typed counts too.
    if (QWidget *editor = m_lines->indexWidget(m_lines->currentIndex()))
        QMetaObject::invokeMethod(m_lines, "commitData", Q_ARG(QWidget *, editor));
    const auto changes = corrections();
    if (!changes)
        return;
    GoodsReceipt::Result result;
    const QString problem
        = WorkAction::run([&] { result = GoodsReceipt(m_store, m_context).receive(id, *changes); });
    if (!problem.isEmpty()) {
        showMessage(tr("Nothing was received. %1").arg(problem), true);
        return;
    }
    const QListWidgetItem *item = m_invoices->currentItem();
    const QString invoice = item ? item->data(Qt::UserRole + 1).toString() : QString();
    m_shown.clear();
    reload();
    showMessage(tr("%1 received: %n line(s) added to the stock.", nullptr, result.linesReceived)
                    .arg(invoice),
                false);
    emit changed(result.changedTypes);
}

void ReceivePage::refresh(const QStringList &types)
{
    if (types.contains(u"transact") || types.contains(u"trans_line") || types.contains(u"name"))
        reload();
}

void ReceivePage::showMessage(const QString &text, bool problem)
{
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setText(text);
}

} // namespace satellite::ui
