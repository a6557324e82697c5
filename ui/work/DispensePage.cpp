#include "DispensePage.h"

#include "BackgroundRead.h"
#include "DispenseLinesModel.h"
#include "DraftList.h"
#include "LabelOutput.h"
#include "PatientText.h"
#include "WorkAction.h"
#include "domain/DateText.h"
#include "domain/PatientRegistry.h"
#include "domain/WorkContext.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

constexpr int kShownMatches = 20;

} // namespace

DispensePage::DispensePage(LocalStore &store, const WorkContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_lookups(store, context)
    , m_patient(new SearchPicker(
          tr("Patient"), [this](const QString &text) { return findPatients(text); }, this))
    , m_patientDetails(new QLabel(this))
    , m_prescriber(new SearchPicker(
          tr("Prescriber"), [this](const QString &text) { return findPrescribers(text); }, this))
    , m_itemBox(nullptr)
    , m_item(new SearchPicker(
          tr("Item"), [this](const QString &text) { return findItems(text); }, this))
    , m_quantity(new QLineEdit(this))
    , m_directions(new QLineEdit(this))
    , m_batch(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add line"), this))
    , m_lines(new DispenseLinesModel(this))
    , m_linesView(new QTableView(this))
    , m_total(new QLabel(this))
    , m_override(new QLineEdit(this))
    , m_draftNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save and finish"), this))
    , m_keepDraft(new QPushButton(tr("&Keep as draft"), this))
    , m_startOver(new QPushButton(tr("Start o&ver"), this))
    , m_print(new QPushButton(tr("&Print labels…"), this))
    , m_pdf(new QPushButton(tr("Save labels as P&DF…"), this))
    , m_drafts(new DraftList(this))
{
    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(createPatientBox());
    workLayout->addWidget(createItemBox());
    workLayout->addWidget(m_linesView, 1);
    workLayout->addWidget(createFooter());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(work);
    splitter->addWidget(m_drafts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_linesView->setModel(m_lines);
    m_linesView->setAccessibleName(tr("Lines to dispense"));
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setTabKeyNavigation(false);
    m_linesView->setWordWrap(true);
    m_linesView->verticalHeader()->hide();
    QHeaderView *header = m_linesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DispenseLinesModel::Batches, QHeaderView::Stretch);
    m_linesView->setColumnWidth(DispenseLinesModel::Item, 230);
    m_linesView->setColumnWidth(DispenseLinesModel::Quantity, 80);
    m_linesView->setColumnWidth(DispenseLinesModel::Directions, 190);
    m_linesView->setColumnWidth(DispenseLinesModel::Price, 80);
    m_linesView->installEventFilter(this);

    connect(m_drafts, &DraftList::openRequested, this, &DispensePage::openDraft);
    connect(m_drafts, &DraftList::finishRequested, this, &DispensePage::finishDraft);
    connect(m_drafts, &DraftList::discardRequested, this, &DispensePage::discardDraft);
    createShortcuts();
    setFocusProxy(m_patient->field()); // coming to the page: the next patient
    setTabOrder(m_override, m_save);
    startOver();
    loadDraftsInBackground();
    m_message->clear();
}

// Finding the drafts reads every dispensing of the store: at start it is done
// on another thread, so that the window shows at once and the list follows.
void DispensePage::loadDraftsInBackground()
{
    const quint64 asked = m_draftsShown;
    readInBackground<QList<WorkLookups::Draft>>(
        m_store.db.path(), this,
        [context = m_context](LocalStore &store) { return WorkLookups(store, context).drafts(); },
        [this, asked](const QList<WorkLookups::Draft> &drafts) {
            if (m_draftsShown == asked) // nothing newer was shown meanwhile
                showDrafts(drafts);
        });
}

void DispensePage::showDrafts(const QList<WorkLookups::Draft> &drafts)
{
    ++m_draftsShown;
    m_drafts->setDrafts(drafts);
}

DispensePage::~DispensePage() = default;

QWidget *DispensePage::createPatientBox()
{
    auto *box = new QGroupBox(tr("Patient"), this);
    auto *newPatient = new QPushButton(tr("&New patient…"), box);
    newPatient->setToolTip(tr("Register a patient who is not found (Ctrl+N)"));
    connect(newPatient, &QPushButton::clicked, this, &DispensePage::registerPatientRequested);
    m_patient->field()->setPlaceholderText(
        tr("Name in any order, code, date of birth (YYYY-MM-DD) or health number"));
    m_prescriber->field()->setPlaceholderText(tr("Optional: name or code"));
    m_patientDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *patientRow = new QHBoxLayout;
    patientRow->addWidget(m_patient, 1);
    patientRow->addWidget(newPatient, 0, Qt::AlignTop);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Find patient:"), patientRow);
    qobject_cast<QLabel *>(form->labelForField(patientRow))->setBuddy(m_patient->field());
    form->addRow(QString(), m_patientDetails);
    form->addRow(tr("P&rescriber:"), m_prescriber);
    qobject_cast<QLabel *>(form->labelForField(m_prescriber))->setBuddy(m_prescriber->field());

    m_patient->setTrailingAction(tr("Search the primary for “%1” (patients of other clinics)…"));
    connect(m_patient, &SearchPicker::actionRequested, this,
            &DispensePage::remotePatientSearchRequested);
    connect(m_patient, &SearchPicker::picked, this, &DispensePage::patientPicked);
    connect(m_patient, &SearchPicker::unpicked, this, [this] {
        m_patientDetails->setText(tr("No patient chosen yet."));
        m_itemBox->setEnabled(false);
    });
    const auto toItem = [this] {
        if (m_itemBox->isEnabled())
            m_item->field()->setFocus();
    };
    connect(m_prescriber, &SearchPicker::picked, this, toItem);
    connect(m_prescriber, &SearchPicker::skipped, this, toItem);
    return box;
}

QWidget *DispensePage::createItemBox()
{
    auto *box = new QGroupBox(tr("Add an item"), this);
    m_itemBox = box;
    m_item->field()->setPlaceholderText(tr("Name or code"));
    m_quantity->setValidator(new QDoubleValidator(0, 1e9, 6, m_quantity));
    m_quantity->setAccessibleName(tr("Quantity in units"));
    m_quantity->setMaximumWidth(110);
    m_directions->setAccessibleName(tr("Directions"));
    m_directions->setPlaceholderText(tr("e.g. 1 tablet 3 times a day for 5 days"));
    m_batch->setAccessibleName(tr("Batch"));
    m_batch->setMinimumContentsLength(24);
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_batch->installEventFilter(this);
    m_add->setAutoDefault(true);

    auto *grid = new QGridLayout(box);
    const auto heading = [box](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, box);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(heading(tr("&Item:"), m_item->field()), 0, 0);
    grid->addWidget(heading(tr("&Quantity (units):"), m_quantity), 0, 1);
    grid->addWidget(heading(tr("Dir&ections:"), m_directions), 0, 2);
    grid->addWidget(heading(tr("&Batch:"), m_batch), 0, 3);
    grid->addWidget(m_item, 1, 0);
    grid->addWidget(m_quantity, 1, 1, Qt::AlignTop);
    grid->addWidget(m_directions, 1, 2, Qt::AlignTop);
    grid->addWidget(m_batch, 1, 3, Qt::AlignTop);
    grid->addWidget(m_add, 1, 4, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(3, 2);

    connect(m_item, &SearchPicker::picked, this, &DispensePage::itemPicked);
    connect(m_item, &SearchPicker::unpicked, this, [this] {
        m_pickedItem.reset();
        fillBatches();
    });
    connect(m_item, &SearchPicker::skipped, this, [this] {
        if (m_lines->rowCount() > 0)
            m_save->setFocus();
    });
    connect(m_quantity, &QLineEdit::returnPressed, m_directions, qOverload<>(&QWidget::setFocus));
    connect(m_directions, &QLineEdit::returnPressed, this, &DispensePage::addLine);
    connect(m_add, &QPushButton::clicked, this, &DispensePage::addLine);
    return box;
}

QWidget *DispensePage::createFooter()
{
    auto *footer = new QWidget(this);
    m_override->setAccessibleName(tr("Reason to issue expired or held stock"));
    m_override->setPlaceholderText(
        tr("Only to issue from an expired batch or one on hold: say why"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_draftNote->setWordWrap(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setAccessibleName(tr("Total"));
    for (QPushButton *button : {m_save, m_keepDraft, m_print})
        button->setAutoDefault(true);
    m_save->setToolTip(tr("Dispense now (Ctrl+Enter)"));
    m_keepDraft->setToolTip(tr("Keep for later, the stock set aside (Ctrl+D)"));
    m_print->setToolTip(tr("Print the labels of the last dispensing (Ctrl+P)"));

    auto *overrideRow = new QHBoxLayout;
    auto *overrideLabel = new QLabel(tr("&Override reason:"), footer);
    overrideLabel->setBuddy(m_override);
    overrideRow->addWidget(overrideLabel);
    overrideRow->addWidget(m_override, 1);
    overrideRow->addSpacing(24);
    overrideRow->addWidget(m_total);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_save, m_keepDraft, m_startOver})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(overrideRow);
    layout->addWidget(m_draftNote);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_override, &QLineEdit::textChanged, this, [this] {
        fillBatches();
        replan();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_keepDraft, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        startOver();
        m_message->clear();
    });
    connect(m_print, &QPushButton::clicked, this, &DispensePage::printLabels);
    connect(m_pdf, &QPushButton::clicked, this, &DispensePage::saveLabelsAsPdf);
    return footer;
}

void DispensePage::createShortcuts()
{
    const auto add = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { save(false); });
    add({QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { save(true); });
    add({QKeySequence::Print}, [this] { printLabels(); });
    add({QKeySequence::New}, [this] { emit registerPatientRequested(); });
}

QList<SearchPicker::Choice> DispensePage::findPatients(const QString &text)
{
    QList<SearchPicker::Choice> choices;
    QList<Patient> found;
    const QString problem = WorkAction::run(
        [&] { found = PatientRegistry(m_store, m_context).search(text, kShownMatches); });
    for (const Patient &patient : std::as_const(found)) {
        QString detail = PatientText::summary(patient, m_context.today());
        detail.remove(0, patient.name.size() + 3); // the name is the text already
        choices.append({patient.id, patient.name, detail});
    }
    if (!problem.isEmpty())
        showMessage(problem, true);
    return choices;
}

QList<SearchPicker::Choice> DispensePage::findPrescribers(const QString &text)
{
    const QStringList words = SearchPicker::wordsOf(text);
    QList<SearchPicker::Choice> choices;
    for (const WorkLookups::Prescriber &prescriber : prescribers()) {
        if (SearchPicker::matchesWords(prescriber.name + u' ' + prescriber.code, words))
            choices.append({prescriber.id, prescriber.name, prescriber.code});
        if (choices.size() >= kShownMatches)
            break;
    }
    return choices;
}

QList<SearchPicker::Choice> DispensePage::findItems(const QString &text)
{
    const QStringList words = SearchPicker::wordsOf(text);
    QList<const WorkLookups::Item *> found;
    for (const WorkLookups::Item &item : items()) {
        // The item whose code was typed comes first, however many names match too.
        if (item.code.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            found.prepend(&item);
        else if (found.size() < kShownMatches
                 && SearchPicker::matchesWords(item.name + u' ' + item.code, words))
            found.append(&item);
    }
    QList<SearchPicker::Choice> choices;
    for (const WorkLookups::Item *item : std::as_const(found)) {
        double free = 0;
        for (const Batch &batch : m_lookups.batches(item->id)) {
            if (!batch.hold && !batch.isExpired(m_context.today()))
                free += batch.availableUnits();
        }
        choices.append(
            {item->id, item->name,
             tr("%1 · %2 available")
                 .arg(item->code, DispenseLinesModel::quantityText(free, item->unitName))});
    }
    return choices;
}

const QList<WorkLookups::Item> &DispensePage::items()
{
    if (!m_items)
        m_items = m_lookups.items();
    return *m_items;
}

const QList<WorkLookups::Prescriber> &DispensePage::prescribers()
{
    if (!m_prescribers)
        m_prescribers = m_lookups.prescribers();
    return *m_prescribers;
}

void DispensePage::patientPicked(const QString &id)
{
    const auto patient = PatientRegistry(m_store, m_context).find(id);
    if (!patient)
        return;
    QString details = PatientText::summary(*patient, m_context.today());
    for (const WorkLookups::Draft &draft : m_lookups.drafts()) {
        if (draft.request.patientId == id && draft.id != m_draftId)
            details += u'\n'
                + tr("A dispensing for this patient is kept as draft %1: open it from the "
                     "drafts below.")
                      .arg(draft.number);
    }
    m_patientDetails->setText(details);
    m_itemBox->setEnabled(true);
    m_prescriber->field()->setFocus();
    replan();
}

void DispensePage::itemPicked(const QString &id)
{
    m_pickedItem = m_lookups.item(id);
    fillBatches();
    m_quantity->setFocus();
    m_quantity->selectAll();
}

// The batches the pharmacist may pick by hand: those the rules allow (with
// an override reason, expired and held ones too), first to expire first.
void DispensePage::fillBatches()
{
    const QString picked = m_batch->currentData().toString();
    m_batch->clear();
    m_batch->addItem(tr("First to expire (automatic)"), QString());
    if (!m_pickedItem)
        return;
    const QDate today = m_context.today();
    const bool override = !m_override->text().trimmed().isEmpty();
    for (const Batch &batch :
         BatchAllocator(today).usable(m_lookups.batches(m_pickedItem->id), override)) {
        QStringList parts{batch.batch};
        parts.append(batch.expiry.isValid() ? tr("expires %1").arg(DateText::of(batch.expiry))
                                            : tr("no expiry"));
        parts.append(tr("%1 free").arg(
            DispenseLinesModel::quantityText(batch.availableUnits(), m_pickedItem->unitName)));
        if (batch.isExpired(today))
            parts.append(tr("EXPIRED"));
        if (batch.hold)
            parts.append(tr("ON HOLD"));
        m_batch->addItem(parts.join(QStringLiteral(" · ")), batch.id);
    }
    m_batch->setCurrentIndex(std::max(0, m_batch->findData(picked)));
}

void DispensePage::addLine()
{
    if (!m_pickedItem) {
        showMessage(tr("Choose an item first: type its name or code, then press Enter."), true);
        m_item->field()->setFocus();
        return;
    }
    bool ok = false;
    const double quantity = QLocale().toDouble(m_quantity->text().trimmed(), &ok);
    if (!ok || quantity <= 0) {
        showMessage(tr("Write the quantity in units (tablets, ml, …), for example 30."), true);
        m_quantity->setFocus();
        return;
    }
    DispenseLinesModel::Entry entry;
    entry.line = Dispensing::Line{m_pickedItem->id, quantity, m_batch->currentData().toString(),
                                  m_directions->text().trimmed()};
    entry.itemName = m_pickedItem->name;
    entry.unitName = m_pickedItem->unitName;
    m_lines->append(entry);
    m_item->clear();
    m_pickedItem.reset();
    m_quantity->clear();
    m_directions->clear();
    fillBatches();
    m_message->clear();
    replan();
    const QString problem = m_lines->entries().constLast().problem;
    if (!problem.isEmpty())
        showMessage(tr("This line cannot be dispensed as it is: %1").arg(problem), true);
    m_item->field()->setFocus();
}

void DispensePage::removeCurrentLine()
{
    const int row = m_linesView->currentIndex().row();
    if (row < 0)
        return;
    m_lines->removeAt(row);
    replan();
}

Dispensing::Request DispensePage::request(bool draft) const
{
    Dispensing::Request request;
    request.patientId = m_patient->pickedId();
    request.prescriberId = m_prescriber->pickedId();
    request.lines = m_lines->lines();
    request.overrideReason = m_override->text().trimmed();
    request.draft = draft;
    request.draftId = m_draftId;
    return request;
}

// Each line planned after the lines before it that can be dispensed, so a
// refusal stands beside the line it is about.
void DispensePage::replan()
{
    QList<QList<BatchAllocator::Issue>> issues;
    QStringList problems;
    if (!m_patient->pickedId().isEmpty()) {
        Dispensing dispensing(m_store, m_context);
        Dispensing::Request base = request(false);
        base.lines.clear();
        for (const Dispensing::Line &line : m_lines->lines()) {
            Dispensing::Request trial = base;
            trial.lines.append(line);
            QList<Dispensing::PlannedLine> plan;
            const QString problem = WorkAction::run([&] { plan = dispensing.plan(trial); });
            issues.append(problem.isEmpty() ? plan.constLast().issues
                                            : QList<BatchAllocator::Issue>());
            problems.append(problem);
            if (problem.isEmpty())
                base.lines.append(line);
        }
    }
    m_lines->setPlans(issues, problems);
    m_linesView->resizeRowsToContents();
    updateTotal();
}

void DispensePage::updateTotal()
{
    int refused = 0;
    for (const DispenseLinesModel::Entry &entry : m_lines->entries())
        refused += entry.problem.isEmpty() ? 0 : 1;
    QString text = tr("Total: %1").arg(DispenseLinesModel::money(m_lines->total()));
    if (refused > 0)
        text += u' ' + tr("(%n line(s) cannot be dispensed)", nullptr, refused);
    m_total->setText(m_lines->rowCount() == 0 ? QString() : text);
}

void DispensePage::showMessage(const QString &text, bool problem)
{
    // The words say what happened; the colour only helps the eye find them.
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setText(text);
}

void DispensePage::save(bool draft)
{
    if (m_patient->pickedId().isEmpty()) {
        showMessage(tr("Choose the patient first."), true);
        m_patient->field()->setFocus();
        return;
    }
    if (m_lines->rowCount() == 0) {
        showMessage(tr("Add at least one item."), true);
        m_item->field()->setFocus();
        return;
    }
    const Dispensing::Request asked = request(draft);
    Dispensing::Result result;
    const QString problem
        = WorkAction::run([&] { result = Dispensing(m_store, m_context).save(asked); });
    if (!problem.isEmpty()) {
        replan();
        showMessage(tr("Nothing was saved. %1").arg(problem), true);
        return;
    }
    dispensed(asked, result);
}

void DispensePage::dispensed(const Dispensing::Request &request, const Dispensing::Result &result)
{
    const QString patient = m_patient->field()->text();
    QString text;
    if (request.draft) {
        text = tr("Kept as draft %1 for %2; the stock is set aside. Finish it from the drafts "
                  "below.")
                   .arg(result.invoiceNumber)
                   .arg(patient);
    } else {
        m_labels = labelsFor(request, result.invoiceNumber);
        m_labelsNumber = result.invoiceNumber;
        text = tr("Dispensed: prescription %1 for %2, total %3. Print the labels with Ctrl+P.")
                   .arg(result.invoiceNumber)
                   .arg(patient, DispenseLinesModel::money(result.total));
    }
    startOver();
    showMessage(text, false);
    emit changed(result.changedTypes);
}

DispensingLabels DispensePage::labelsFor(const Dispensing::Request &request, qint64 number)
{
    const auto patient = PatientRegistry(m_store, m_context).find(request.patientId);
    QString prescriber;
    for (const WorkLookups::Prescriber &candidate : prescribers()) {
        if (candidate.id == request.prescriberId)
            prescriber = candidate.name;
    }
    const QString store = m_lookups.storeName();
    QList<DispensingLabels::Label> labels;
    for (const Dispensing::Line &line : request.lines) {
        const auto item = m_lookups.item(line.itemId);
        labels.append(
            {store, patient ? patient->name : QString(), item ? item->name : line.itemId,
             DispenseLinesModel::quantityText(line.units, item ? item->unitName : QString()),
             line.directions, prescriber, m_context.today(), number});
    }
    return DispensingLabels(labels);
}

void DispensePage::startOver()
{
    m_draftId.clear();
    m_patient->clear();
    m_prescriber->clear();
    m_item->clear();
    m_pickedItem.reset();
    m_quantity->clear();
    m_directions->clear();
    m_override->clear();
    m_lines->clear();
    fillBatches();
    updateTotal();
    m_patientDetails->setText(tr("No patient chosen yet."));
    m_draftNote->clear();
    m_draftNote->hide();
    m_itemBox->setEnabled(false);
    m_print->setEnabled(!m_labels.isEmpty());
    m_pdf->setEnabled(!m_labels.isEmpty());
    m_patient->field()->setFocus();
}

void DispensePage::startFor(const QString &patientId)
{
    const auto patient = PatientRegistry(m_store, m_context).find(patientId);
    if (!patient)
        return;
    startOver();
    m_patient->setPicked({patient->id, patient->name});
    patientPicked(patient->id);
}

void DispensePage::openDraft(const QString &id)
{
    const auto draft = m_lookups.draft(id);
    if (!draft) {
        showMessage(tr("That draft is no longer kept: it was finished or discarded."), true);
        showDrafts(m_lookups.drafts());
        return;
    }
    startOver();
    m_draftId = draft->id;
    m_patient->setPicked({draft->request.patientId, draft->patientName});
    for (const WorkLookups::Prescriber &prescriber : prescribers()) {
        if (prescriber.id == draft->request.prescriberId)
            m_prescriber->setPicked({prescriber.id, prescriber.name});
    }
    for (const Dispensing::Line &line : draft->request.lines) {
        const auto item = m_lookups.item(line.itemId);
        m_lines->append(
            {line, item ? item->name : line.itemId, item ? item->unitName : QString(), {}, {}});
    }
    m_override->setText(draft->request.overrideReason);
    m_draftNote->setText(tr("Changing draft %1: Save and finish dispenses it, Keep as draft "
                            "keeps your changes.")
                             .arg(draft->number));
    m_draftNote->show();
    patientPicked(draft->request.patientId);
    m_message->clear();
    m_item->field()->setFocus();
}

void DispensePage::finishDraft(const QString &id)
{
    const auto draft = m_lookups.draft(id);
    Dispensing::Result result;
    const QString problem
        = WorkAction::run([&] { result = Dispensing(m_store, m_context).finalise(id); });
    if (!problem.isEmpty() || !draft) {
        showMessage(problem.isEmpty() ? tr("That draft is no longer kept.") : problem, true);
        return;
    }
    Dispensing::Request finished = draft->request;
    finished.draft = false;
    m_patient->setPicked({finished.patientId, draft->patientName});
    dispensed(finished, result);
}

void DispensePage::discardDraft(const QString &id)
{
    const auto draft = m_lookups.draft(id);
    if (!draft)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Discard draft"),
        tr("Discard draft %1 for %2? Its stock is put back; nothing is dispensed.")
            .arg(draft->number)
            .arg(draft->patientName),
        QMessageBox::Cancel, this);
    QPushButton *discard = box->addButton(tr("Discard draft"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard, id, number = draft->number] {
        if (box->clickedButton() != discard)
            return;
        QStringList types;
        const QString problem
            = WorkAction::run([&] { types = Dispensing(m_store, m_context).discardDraft(id); });
        if (!problem.isEmpty()) {
            showMessage(problem, true);
            return;
        }
        if (m_draftId == id)
            startOver();
        showMessage(tr("Draft %1 discarded; its stock is available again.").arg(number), false);
        emit changed(types);
    });
    box->open();
}

void DispensePage::printLabels()
{
    if (m_labels.isEmpty()) {
        showMessage(tr("Labels can be printed once a dispensing is saved."), true);
        return;
    }
    LabelOutput::print(this, m_labels, [this](const QString &done) { showMessage(done, false); });
}

void DispensePage::saveLabelsAsPdf()
{
    if (m_labels.isEmpty())
        return;
    LabelOutput::saveAsPdf(this, m_labels, tr("labels-%1.pdf", "file name").arg(m_labelsNumber),
                           [this](const QString &done) { showMessage(done, false); });
}

void DispensePage::refresh(const QStringList &types)
{
    if (types.contains(u"item") || types.contains(u"unit") || types.contains(u"item_store_join"))
        m_items.reset();
    if (types.contains(u"clinician"))
        m_prescribers.reset();
    if (types.contains(u"transact") || types.contains(u"name"))
        showDrafts(m_lookups.drafts());
    if (types.contains(u"item_line") || types.contains(u"transact")) {
        fillBatches();
        replan();
    }
}

bool DispensePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_batch && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        addLine();
        return true;
    }
    if (watched == m_linesView && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        removeCurrentLine();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace satellite::ui
