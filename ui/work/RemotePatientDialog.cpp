#include "RemotePatientDialog.h"

#include "PatientText.h"
#include "PrimaryQuestions.h"
#include "domain/DateText.h"
#include "domain/PatientHistory.h"
#include "domain/WorkContext.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace satellite::ui {

RemotePatientDialog::RemotePatientDialog(LocalStore &store, const WorkContext &context,
                                         PrimaryQuestions *questions, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_context(context)
    , m_questions(questions)
    , m_field(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search the primary"), this))
    , m_message(new QLabel(this))
    , m_results(new QTableWidget(0, RegisteredAt + 1, this))
    , m_makeVisible(new QPushButton(tr("&Make visible here"), this))
{
    setWindowTitle(tr("Patients registered at other clinics"));
    resize(760, 420);
    m_field->setAccessibleName(tr("Patient to search for on the primary"));
    m_field->setPlaceholderText(
        tr("Name in any order, code, or date of birth (YYYY-MM-DD) and a name"));
    m_field->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_results->setAccessibleName(tr("Patients registered elsewhere"));
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Date of birth"), tr("Age"),
                                          tr("Gender"), tr("Registered at")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(Name, 210);
    m_results->setColumnWidth(Code, 90);
    m_results->setColumnWidth(Born, 100);
    m_results->setColumnWidth(Age, 80);
    m_results->setColumnWidth(Gender, 70);
    auto *heading = new QLabel(tr("Registered elsewhere, not visible in this store:"), this);
    heading->setBuddy(m_results);
    auto *explanation = new QLabel(
        tr("These patients were registered at another clinic and are not visible in this store. "
           "Making one visible here brings their records with the next sync; you can dispense "
           "to them at once."),
        this);
    explanation->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), this);
    // Enter belongs to the field (search) and the list (make visible), never to a default button.
    for (QPushButton *button : {m_search, m_makeVisible, close})
        button->setAutoDefault(false);
    m_makeVisible->setEnabled(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_field, 1);
    searchRow->addWidget(m_search);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makeVisible);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_message);
    layout->addWidget(heading);
    layout->addWidget(m_results, 1);
    layout->addWidget(explanation);
    layout->addLayout(buttons);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_search, &QPushButton::clicked, this, [this] { search(m_field->text()); });
    connect(m_results, &QTableWidget::activated, this, &RemotePatientDialog::makeVisible);
    connect(m_makeVisible, &QPushButton::clicked, this, &RemotePatientDialog::makeVisible);
    connect(m_results, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_makeVisible->setEnabled(row >= 0); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void RemotePatientDialog::search(const QString &text)
{
    m_field->setText(text.trimmed());
    m_questions->dropWaiting(this);
    ++m_generation;
    m_asking = 0;
    m_text = text.trimmed();
    m_shown.clear();
    m_results->setRowCount(0);
    const QList<QUrlQuery> searches = PatientHistory::remoteSearches(m_text);
    if (searches.isEmpty()) {
        m_message->setText(tr("Type the patient's name, code or date of birth first."));
        m_field->setFocus();
        return;
    }
    m_message->setText(tr("Asking the primary for “%1”…").arg(m_text));
    for (const QUrlQuery &query : searches) {
        RemoteRequest request;
        request.kind = RemoteRequest::Kind::FindPatients;
        request.query = query;
        ++m_asking;
        m_questions->ask(request, this,
                         [this, generation = m_generation](const RemoteAnswer &answer) {
                             answered(generation, answer);
                         });
    }
}

void RemotePatientDialog::answered(int generation, const RemoteAnswer &answer)
{
    if (generation != m_generation)
        return;
    --m_asking;
    if (answer.error.isError()) {
        // One failure says enough: the other searches would fail the same way.
        m_questions->dropWaiting(this);
        m_asking = 0;
        m_message->setText(
            tr("The primary could not be searched (%1). Patients of other clinics can be found "
               "when the connection is back.")
                .arg(PrimaryQuestions::whyNot(answer.error)));
        return;
    }
    try {
        for (const PatientsElsewhere::Found &found :
             PatientsElsewhere(m_store, m_context).notHeldHere(answer.body)) {
            if (!m_shown.contains(found.patient.id))
                addRow(found);
        }
    } catch (const StoreError &error) {
        m_message->setText(
            tr("The local database reported a problem (%1); try again.").arg(error.message()));
        return;
    }
    if (m_asking == 0)
        finish();
}

void RemotePatientDialog::addRow(const PatientsElsewhere::Found &found)
{
    const Patient &patient = found.patient;
    m_shown.insert(patient.id);
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const QString registeredAt = found.clinic.isEmpty() ? tr("another clinic") : found.clinic;
    const QStringList cells{
        patient.name,
        patient.code,
        DateText::of(patient.dateOfBirth),
        PatientText::age(patient.dateOfBirth, m_context.today()),
        PatientText::gender(patient.female),
        registeredAt,
    };
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, patient.id);
        m_results->setItem(row, column, item);
    }
}

void RemotePatientDialog::finish()
{
    const int found = m_results->rowCount();
    if (found == 0) {
        m_message->setText(
            tr("The primary knows no patient of another clinic for “%1”.").arg(m_text));
        return;
    }
    m_message->setText(tr("%n patient(s) registered at other clinics: choose one and press Enter "
                          "to make them visible here.",
                          nullptr, found));
    m_results->setCurrentCell(0, Name);
    // The answer is what she waited for: Enter picks, unless she is typing another search.
    if (m_field->text().trimmed() == m_text)
        m_results->setFocus();
}

void RemotePatientDialog::makeVisible()
{
    const int row = m_results->currentRow();
    if (row < 0 || !m_results->item(row, Name))
        return;
    emit makeVisibleRequested(m_results->item(row, Name)->data(Qt::UserRole).toString());
    accept();
}

} // namespace satellite::ui
