#include "SyncPage.h"

#include "domain/DateText.h"
#include "domain/RecordDescription.h"
#include "models/QueryTableModel.h"
#include "store/LocalStore.h"
#include "store/ScreenQueries.h"
#include "store/StoreError.h"
#include "store/SyncLogStore.h"
#include "widgets/ProgressDisplay.h"
#include "widgets/SyncChart.h"
#include "widgets/SyncResultWords.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

// A count or a duration in the locale's digits and separators.
std::function<QVariant(const QVariant &)> number(int decimals)
{
    return [decimals](const QVariant &value) {
        return value.isNull() ? QVariant()
                              : QVariant(QLocale().toString(value.toDouble(), 'f', decimals));
    };
}

ScreenView historyView()
{
    auto when = [](const QVariant &value) {
        return QVariant(
            DateText::of(QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime()));
    };
    return {
        ScreenQueries::syncRuns(),
        {
            {QStringLiteral("started"), SyncPage::tr("Started"), when},
            {QStringLiteral("seconds"), SyncPage::tr("Took (s)"), number(1),
             Qt::AlignRight | Qt::AlignVCenter},
            {QStringLiteral("sent"), SyncPage::tr("Sent"), number(0),
             Qt::AlignRight | Qt::AlignVCenter},
            {QStringLiteral("received"), SyncPage::tr("Received"), number(0),
             Qt::AlignRight | Qt::AlignVCenter},
            {QStringLiteral("quarantined"), SyncPage::tr("Quarantined"), number(0),
             Qt::AlignRight | Qt::AlignVCenter},
            {QStringLiteral("result"), SyncPage::tr("Result"),
             [](const QVariant &value) { return QVariant(SyncResultWords::of(value.toString())); }},
            {QStringLiteral("error"), SyncPage::tr("Error")},
        }};
}

ScreenView quarantineView()
{
    return {ScreenQueries::quarantined(),
            {
                {QStringLiteral("type"), SyncPage::tr("Type")},
                {QStringLiteral("record"), SyncPage::tr("Record")},
                {QStringLiteral("reason"), SyncPage::tr("Reason")},
                {QStringLiteral("raw"), QString()}, // shown beside the table
            }};
}

QTableView *tableFor(QueryTableModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(110);
    for (int column = 0; column < model->columnCount(); ++column)
        table->setColumnHidden(column,
                               model->headerData(column, Qt::Horizontal).toString().isEmpty());
    return table;
}

} // namespace

SyncPage::SyncPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_history(std::make_unique<QueryTableModel>(store.db, historyView()))
    , m_quarantine(std::make_unique<QueryTableModel>(store.db, quarantineView()))
    , m_phase(new QLabel(tr("Idle"), this))
    , m_progress(new QProgressBar(this))
    , m_raw(new QPlainTextEdit(this))
    , m_store(store)
    , m_refused(new QTableWidget(0, 3, this))
    , m_sendAgain(new QPushButton(tr("Send &again"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_refusedNote(new QLabel(this))
    , m_chart(new SyncChart(this))
    , m_logFilter(new QLineEdit(this))
    , m_log(new QPlainTextEdit(this))
    , m_exportLog(new QPushButton(tr("&Export the log…"), this))
    , m_logNote(new QLabel(this))
    , m_keptUpTo(SyncLogStore(store.db).lastLine())
{
    setObjectName(QStringLiteral("Sync"));
    m_history->sort(0, Qt::DescendingOrder);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(int(SyncLogStore::kKeptLines)); // as many as the database keeps
    m_log->setAccessibleName(tr("Sync log"));
    m_logFilter->setPlaceholderText(tr("Filter the log"));
    m_logFilter->setAccessibleName(tr("Filter the log"));
    connect(m_logFilter, &QLineEdit::textChanged, this, &SyncPage::filterLog);
    m_exportLog->setToolTip(tr("Save the whole log to a text file, for your support team"));
    connect(m_exportLog, &QPushButton::clicked, this, &SyncPage::chooseExportFile);
    m_logNote->setWordWrap(true);
    m_logNote->setAccessibleName(tr("Log message"));

    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    QTableView *historyTable = tableFor(m_history.get(), tr("Sync history"), historyBox);
    historyTable->setColumnWidth(0, 150); // a date and a time
    historyLayout->addWidget(historyTable);
    // The runs as a table and, beside it, as a chart over time.
    auto *chartBox = new QGroupBox(tr("Records and time per sync"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(2, 2, 2, 2);
    chartLayout->addWidget(m_chart);
    m_chart->setMinimumSize(380, 220); // room for the axes' titles in longer languages
    auto *historySplit = new QSplitter(Qt::Horizontal, this);
    historySplit->addWidget(historyBox);
    historySplit->addWidget(chartBox);
    historySplit->setStretchFactor(0, 3);
    historySplit->setStretchFactor(1, 2);
    historySplit->setChildrenCollapsible(false);

    // Held back, both ways: what came in and could not be stored, beside
    // what went out and the primary would not take.
    auto *heldBack = new QSplitter(Qt::Horizontal, this);
    heldBack->addWidget(createQuarantineBox());
    heldBack->addWidget(createRefusedBox());
    heldBack->setStretchFactor(0, 2);
    heldBack->setStretchFactor(1, 3);

    auto *logBox = new QGroupBox(tr("Log"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    auto *logTools = new QHBoxLayout;
    logTools->addWidget(m_logFilter, 1);
    logTools->addWidget(m_exportLog);
    logLayout->addLayout(logTools);
    logLayout->addWidget(m_log);
    logLayout->addWidget(m_logNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(historySplit);
    split->addWidget(heldBack);
    split->addWidget(logBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    layout->addWidget(split);
    showRefused();
    showChart();
}

QWidget *SyncPage::createQuarantineBox()
{
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON of the quarantined record"));
    auto *box = new QGroupBox(tr("Received, could not be stored (quarantine)"), this);
    auto *quarantineTable = tableFor(m_quarantine.get(), tr("Quarantined records"), box);
    connect(quarantineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QByteArray raw
                    = m_quarantine->data(m_quarantine->index(current.row(), 3)).toString().toUtf8();
                const QJsonDocument document = QJsonDocument::fromJson(raw);
                m_raw->setPlainText(document.isNull() ? QString::fromUtf8(raw)
                                                      : QString::fromUtf8(document.toJson(
                                                          QJsonDocument::Indented)));
            });
    auto *retry = new QPushButton(tr("Try quarantined records again"), box);
    connect(retry, &QPushButton::clicked, this, &SyncPage::retryQuarantineRequested);
    auto *split = new QSplitter(Qt::Vertical, box);
    split->addWidget(quarantineTable);
    split->addWidget(m_raw);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(split);
    layout->addWidget(retry, 0, Qt::AlignLeft);
    return box;
}

QWidget *SyncPage::createRefusedBox()
{
    auto *box = new QGroupBox(tr("Sent, refused by the primary"), this);
    m_refused->setAccessibleName(tr("Changes the primary refused"));
    m_refused->setHorizontalHeaderLabels({tr("Change"), tr("Refused"), tr("The primary said")});
    m_refused->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refused->setSelectionMode(QAbstractItemView::SingleSelection);
    m_refused->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refused->setWordWrap(true);
    m_refused->verticalHeader()->hide();
    m_refused->horizontalHeader()->setStretchLastSection(true);
    m_refused->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_refused->setColumnWidth(0, 200);
    m_refused->setColumnWidth(1, 130);
    auto *explanation = new QLabel(
        tr("Changes made here that the primary would not take. The rest went out; these wait "
           "here until sent again (after the primary or this program is put right) or "
           "discarded."),
        box);
    explanation->setWordWrap(true);
    m_refusedNote->setWordWrap(true);
    m_refusedNote->setAccessibleName(tr("Message"));
    m_sendAgain->setToolTip(tr("Queue the change again: it goes out with the next sync"));
    m_discard->setToolTip(tr("Give the change up: the primary never gets it"));
    connect(m_sendAgain, &QPushButton::clicked, this, &SyncPage::sendAgain);
    connect(m_discard, &QPushButton::clicked, this, &SyncPage::confirmDiscard);
    connect(m_refused, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_sendAgain->setEnabled(row >= 0);
        m_discard->setEnabled(row >= 0);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendAgain);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(explanation);
    layout->addWidget(m_refused, 1);
    layout->addWidget(m_refusedNote);
    layout->addLayout(buttons);
    return box;
}

SyncPage::~SyncPage() = default;

void SyncPage::showProgress(const SyncProgress &progress)
{
    showProgressOn(m_progress, progress);
    m_phase->setText(progress.describe());
}

QString SyncPage::logLine(const QDateTime &at, int level, const QString &text)
{
    const QDateTime local = at.toLocalTime();
    QString line = DateText::of(local.date()) + u' '
        + local.time().toString(QStringLiteral("HH:mm:ss")) + u' ';
    if (level == int(SyncLogEntry::Level::Warning))
        line += tr("Warning:") + u' ';
    else if (level == int(SyncLogEntry::Level::Error))
        line += tr("Error:") + u' ';
    return line + text;
}

void SyncPage::addLog(const SyncLogEntry &entry)
{
    const QString line = logLine(entry.at, int(entry.level), entry.text);
    m_logLines.append(line);
    if (m_logLines.size() > SyncLogStore::kKeptLines)
        m_logLines.removeFirst();
    if (!m_keptLoaded)
        return; // shown with the kept lines when the page is first shown
    if (m_logFilter->text().isEmpty() || line.contains(m_logFilter->text(), Qt::CaseInsensitive))
        m_log->appendPlainText(line);
}

void SyncPage::showEvent(QShowEvent *event)
{
    loadKeptLog();
    QWidget::showEvent(event);
}

// The lines kept from before this start, read when first wanted rather than
// while the window opens.
void SyncPage::loadKeptLog()
{
    if (m_keptLoaded)
        return;
    m_keptLoaded = true;
    QStringList kept;
    try {
        const QList<SyncLogStore::Line> lines = m_keptUpTo > 0
            ? SyncLogStore(m_store.db).recent(SyncLogStore::kKeptLines, m_keptUpTo)
            : QList<SyncLogStore::Line>();
        for (const SyncLogStore::Line &line : lines)
            kept.append(logLine(line.at, line.level, line.text));
    } catch (const StoreError &error) {
        m_logNote->setText(
            tr("The log kept from before cannot be read now (%1).").arg(error.message()));
    }
    m_logLines = kept + m_logLines;
    if (m_logLines.size() > SyncLogStore::kKeptLines)
        m_logLines = m_logLines.mid(m_logLines.size() - SyncLogStore::kKeptLines);
    filterLog();
}

QStringList SyncPage::logLines()
{
    loadKeptLog();
    return m_logLines;
}

void SyncPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the sync log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->setNameFilter(tr("Text files (*.txt)"));
    dialog->selectFile(QStringLiteral("satellite-sync-log-%1.txt")
                           .arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &SyncPage::exportLog);
    dialog->open();
}

bool SyncPage::exportLog(const QString &path)
{
    const QStringList lines = logLines();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit()) {
        m_logNote->setText(tr("The log was not exported: %1 cannot be written (%2).")
                               .arg(path, file.errorString()));
        return false;
    }
    m_logNote->setText(
        tr("%n line(s) of the log exported to %1.", nullptr, int(lines.size())).arg(path));
    return true;
}

void SyncPage::filterLog()
{
    QStringList shown;
    for (const QString &line : std::as_const(m_logLines)) {
        if (line.contains(m_logFilter->text(), Qt::CaseInsensitive))
            shown.append(line);
    }
    m_log->setPlainText(shown.join(u'\n'));
}

void SyncPage::showOutcome(const SyncOutcome &outcome)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.error.kind == SyncError::Kind::None ? 1 : 0);
    const QString summary = SyncResultWords::summary(outcome);
    m_phase->setText(summary.isEmpty() ? outcome.error.describe() : summary);
    if (!summary.isEmpty()) // the engine logs a failure in its own words
        addLog({QDateTime::currentDateTime(), SyncLogEntry::Level::Info, summary});
    refresh();
}

void SyncPage::refresh()
{
    m_history->reload();
    m_quarantine->reload();
    showRefused();
    showChart();
}

void SyncPage::showChart()
{
    try {
        m_chart->showRuns(m_store.history.recent(100));
    } catch (const StoreError &) {
        // The chart keeps what it showed; the history table says what went wrong.
    }
}

void SyncPage::showRefused()
{
    QList<OutgoingQuarantine::Entry> entries;
    try {
        entries = m_store.refused.all();
        m_refused->setRowCount(0);
        RecordDescription describe(m_store);
        for (const OutgoingQuarantine::Entry &entry : std::as_const(entries)) {
            const QString record = describe.describe(entry.type, entry.id);
            const QString change
                = entry.syncType == u"D" ? tr("the deletion of %1").arg(record) : record;
            const int row = m_refused->rowCount();
            m_refused->insertRow(row);
            const QStringList cells{
                change,
                DateText::of(entry.refusedAt.toLocalTime()),
                entry.reason,
            };
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setData(Qt::UserRole, entry.seq);
                item->setToolTip(cells.at(column));
                m_refused->setItem(row, column, item);
            }
        }
    } catch (const StoreError &error) {
        m_refusedNote->setText(
            tr("The refused changes cannot be read now (%1).").arg(error.message()));
    }
    m_refused->resizeRowsToContents();
    m_sendAgain->setEnabled(m_refused->currentRow() >= 0);
    m_discard->setEnabled(m_refused->currentRow() >= 0);
}

std::optional<std::pair<qint64, QString>> SyncPage::selectedRefusal() const
{
    const int row = m_refused->currentRow();
    if (row < 0 || !m_refused->item(row, 0))
        return std::nullopt;
    return std::pair{m_refused->item(row, 0)->data(Qt::UserRole).toLongLong(),
                     m_refused->item(row, 0)->text()};
}

void SyncPage::sendAgain()
{
    const auto selected = selectedRefusal();
    if (!selected) {
        m_refusedNote->setText(tr("Choose the change to send again first."));
        return;
    }
    try {
        m_refusedNote->setText(
            m_store.refused.retry(selected->first)
                ? tr("The change to %1 goes out again with the next sync.").arg(selected->second)
                : tr("That change is no longer held back."));
    } catch (const StoreError &error) {
        m_refusedNote->setText(
            tr("Nothing was changed: the local database reported a problem (%1).")
                .arg(error.message()));
    }
    showRefused();
    emit outgoingChanged();
}

void SyncPage::confirmDiscard()
{
    const auto selected = selectedRefusal();
    if (!selected) {
        m_refusedNote->setText(tr("Choose the change to discard first."));
        return;
    }
    const auto [seq, change] = *selected;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Discard a refused change"),
        tr("The change to %1 will never reach the primary; this computer keeps the record as it "
           "is here.")
            .arg(change),
        QMessageBox::Cancel, this);
    QPushButton *discardButton
        = box->addButton(tr("Discard the change"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discardButton, seq, change] {
        if (box->clickedButton() == discardButton)
            discard(seq, change);
    });
    box->open();
}

void SyncPage::discard(qint64 seq, const QString &change)
{
    try {
        m_refusedNote->setText(
            m_store.refused.discard(seq)
                ? tr("The change to %1 was discarded: it will never reach the primary.").arg(change)
                : tr("That change is no longer held back."));
    } catch (const StoreError &error) {
        m_refusedNote->setText(
            tr("Nothing was changed: the local database reported a problem (%1).")
                .arg(error.message()));
    }
    showRefused();
    emit outgoingChanged();
}

} // namespace satellite::ui
