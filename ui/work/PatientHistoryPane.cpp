#include "PatientHistoryPane.h"

#include "PatientHistoryModel.h"
#include "PrimaryQuestions.h"
#include "domain/DateText.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

const QString kKeptHistory = QStringLiteral("patient_history"); // RemoteAnswers kind

} // namespace

PatientHistoryPane::PatientHistoryPane(LocalStore &store, const WorkContext &context,
                                       PrimaryQuestions *questions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_questions(questions)
    , m_model(new PatientHistoryModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_askDelay(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Dispensing history"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PatientHistoryModel::Date, 90);
    m_view->setColumnWidth(PatientHistoryModel::Medicine, 380);
    m_view->setColumnWidth(PatientHistoryModel::Quantity, 110);
    m_view->setColumnWidth(PatientHistoryModel::Store, 200);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Where the history comes from"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    // Arrowing down the list asks the primary only about the patient she stops at.
    m_askDelay->setSingleShot(true);
    m_askDelay->setInterval(300);
    connect(m_askDelay, &QTimer::timeout, this, &PatientHistoryPane::askPrimary);
    showPatient(QString());
}

PatientHistoryPane::~PatientHistoryPane() = default;

void PatientHistoryPane::showPatient(const QString &id)
{
    const bool samePatient = id == m_patientId && !id.isEmpty();
    if (!samePatient) {
        ++m_generation;
        m_questions->dropWaiting(this);
        m_askDelay->stop();
        m_asking = false;
        m_patientId = id;
        m_local.clear();
        m_primary.clear();
    }
    if (id.isEmpty()) {
        m_model->setEntries({});
        m_status->setText(tr("Choose a patient to see what was dispensed to them."));
        return;
    }
    try {
        m_local = PatientHistory(m_store, m_context).local(id);
    } catch (const StoreError &error) {
        m_local.clear();
        m_status->setText(
            tr("This store's dispensings cannot be read now (%1).").arg(error.message()));
    }
    if (samePatient) {
        // Found again (a new search): the primary is asked again too, so that
        // what it says of other clinics is never older than she thinks.
        showEntries();
        if (!m_asking) {
            m_asking = true;
            m_askDelay->start();
        }
        return;
    }
    // What the primary said last time, until it answers again.
    showKept(QString());
    m_asking = true;
    m_status->setText(m_status->text() + u' '
                      + tr("Asking the primary for dispensings at other clinics…"));
    m_askDelay->start();
}

void PatientHistoryPane::askPrimary()
{
    RemoteRequest request;
    request.kind = RemoteRequest::Kind::PatientHistory;
    request.patientId = m_patientId;
    m_questions->ask(request, this, [this, generation = m_generation](const RemoteAnswer &answer) {
        answered(generation, answer);
    });
}

void PatientHistoryPane::answered(int generation, const RemoteAnswer &answer)
{
    if (generation != m_generation)
        return;
    m_asking = false;
    if (answer.error.isError()) {
        showKept(PrimaryQuestions::whyNot(answer.error));
        return;
    }
    m_primary = PatientHistory::fromPrimary(answer.body);
    showEntries();
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No dispensings recorded for this patient, here or at other "
                               "clinics.")
                          : tr("Dispensed here and at other clinics, as the primary records it "
                               "now."));
}

// The primary's last answer kept here, with when it was given; `why` says
// why it was not asked again (empty: it is being asked).
void PatientHistoryPane::showKept(const QString &why)
{
    std::optional<RemoteAnswers::Answer> kept;
    try {
        kept = m_store.remoteAnswers.find(kKeptHistory, m_patientId);
    } catch (const StoreError &) {
        kept.reset(); // this store's own dispensings still show
    }
    m_primary = kept ? PatientHistory::fromPrimary(kept->body) : QList<PatientHistory::Entry>();
    showEntries();
    const QString asOf = kept ? DateText::of(kept->fetchedAt.toLocalTime()) : QString();
    if (why.isEmpty())
        m_status->setText(kept ? tr("Dispensings at other clinics as of %1.").arg(asOf)
                               : tr("This store's dispensings."));
    else if (kept)
        m_status->setText(tr("The primary could not be asked (%1): dispensings at other clinics "
                             "as of %2.")
                              .arg(why, asOf));
    else
        m_status->setText(tr("The primary could not be asked (%1): only this store's dispensings "
                             "are shown.")
                              .arg(why));
}

void PatientHistoryPane::showEntries()
{
    m_model->setEntries(PatientHistory::merged(m_local, m_primary));
}

} // namespace satellite::ui
