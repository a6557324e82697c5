#include "SyncPage.h"

#include "models/QueryTableModel.h"
#include "models/RecordViews.h"
#include "widgets/ProgressDisplay.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

QuerySpec historySpec()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("id");
    auto when = [](const QVariant &value, const QList<QVariant> &) {
        return QVariant(QLocale().toString(
            QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat));
    };
    spec.columns = {
        {SyncPage::tr("Started"), QStringLiteral("started_at"), when},
        {SyncPage::tr("Took (s)"),
         QStringLiteral("round((julianday(finished_at) - julianday(started_at)) * 86400, 1)")},
        {SyncPage::tr("Sent"), QStringLiteral("pushed")},
        {SyncPage::tr("Received"), QStringLiteral("pulled")},
        {SyncPage::tr("Quarantined"), QStringLiteral("quarantined")},
        {SyncPage::tr("Result"), QStringLiteral("result")},
        {SyncPage::tr("Error"), QStringLiteral("error")},
    };
    spec.from = QStringLiteral("sync_run");
    spec.defaultSortColumn = 0;
    return spec;
}

QuerySpec quarantineSpec()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("seq");
    spec.columns = {
        {SyncPage::tr("Type"), QStringLiteral("record_type")},
        {SyncPage::tr("Record"), QStringLiteral("record_id")},
        {SyncPage::tr("Reason"), QStringLiteral("reason")},
        {QString(), QStringLiteral("CAST(raw AS TEXT)")},
    };
    spec.from = QStringLiteral("quarantine");
    return spec;
}

QTableView *tableFor(QueryTableModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < model->columnCount(); ++column)
        table->setColumnHidden(column,
                               model->headerData(column, Qt::Horizontal).toString().isEmpty());
    return table;
}

} // namespace

SyncPage::SyncPage(sqlite3 *db, QWidget *parent)
    : QWidget(parent)
    , m_history(std::make_unique<QueryTableModel>(db, historySpec()))
    , m_quarantine(std::make_unique<QueryTableModel>(db, quarantineSpec()))
    , m_phase(new QLabel(tr("Idle"), this))
    , m_progress(new QProgressBar(this))
    , m_raw(new QPlainTextEdit(this))
    , m_logFilter(new QLineEdit(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("Sync"));
    m_history->sort(0, Qt::DescendingOrder);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON of the quarantined record"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Sync log"));
    m_logFilter->setPlaceholderText(tr("Filter the log"));
    m_logFilter->setAccessibleName(tr("Filter the log"));
    connect(m_logFilter, &QLineEdit::textChanged, this, &SyncPage::filterLog);

    auto *quarantineTable = tableFor(m_quarantine.get(), tr("Quarantined records"), this);
    connect(quarantineTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QByteArray raw
                    = m_quarantine->data(m_quarantine->index(current.row(), 3)).toString().toUtf8();
                const QJsonDocument document = QJsonDocument::fromJson(raw);
                m_raw->setPlainText(document.isNull() ? QString::fromUtf8(raw)
                                                      : QString::fromUtf8(document.toJson(
                                                          QJsonDocument::Indented)));
            });
    auto *retry = new QPushButton(tr("Try quarantined records again"), this);
    connect(retry, &QPushButton::clicked, this, &SyncPage::retryQuarantineRequested);

    auto *quarantineBox = new QGroupBox(tr("Quarantine"), this);
    auto *quarantineLayout = new QVBoxLayout(quarantineBox);
    auto *quarantineSplit = new QSplitter(Qt::Horizontal, quarantineBox);
    quarantineSplit->addWidget(quarantineTable);
    quarantineSplit->addWidget(m_raw);
    quarantineLayout->addWidget(quarantineSplit);
    quarantineLayout->addWidget(retry);

    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(tableFor(m_history.get(), tr("Sync history"), historyBox));

    auto *logBox = new QGroupBox(tr("Log"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_logFilter);
    logLayout->addWidget(m_log);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(historyBox);
    split->addWidget(quarantineBox);
    split->addWidget(logBox);
    layout->addWidget(split);
}

SyncPage::~SyncPage() = default;

void SyncPage::showProgress(const SyncProgress &progress)
{
    showProgressOn(m_progress, progress);
    m_phase->setText(progress.describe());
}

void SyncPage::addLog(const SyncLogEntry &entry)
{
    const QString line = entry.at.toString(QStringLiteral("HH:mm:ss")) + u' ' + entry.text;
    m_logLines.append(line);
    if (m_logFilter->text().isEmpty() || line.contains(m_logFilter->text(), Qt::CaseInsensitive))
        m_log->appendPlainText(line);
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
    m_phase->setText(
        outcome.error.isError() ? outcome.error.describe()
            : outcome.error.kind == SyncError::Kind::Cancelled
            ? tr("Sync cancelled.")
            : tr("Sync done: %1 sent, %2 received.").arg(outcome.pushed).arg(outcome.pulled));
    refresh();
}

void SyncPage::refresh()
{
    m_history->reload();
    m_quarantine->reload();
}

} // namespace satellite::ui
