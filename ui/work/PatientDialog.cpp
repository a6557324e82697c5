#include "PatientDialog.h"

#include "PatientText.h"
#include "WorkAction.h"
#include "domain/PatientRegistry.h"
#include "domain/WorkContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace satellite::ui {

PatientDialog::PatientDialog(LocalStore &store, const WorkContext &context,
                             const std::optional<Patient> &patient, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_context(context)
    , m_id(patient ? patient->id : QString())
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_birth(new QLineEdit(this))
    , m_age(new QLabel(this))
    , m_gender(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address1(new QLineEdit(this))
    , m_address2(new QLineEdit(this))
    , m_healthNumber(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(patient ? tr("Edit patient") : tr("Register patient"));
    m_birth->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birth->setMinimumWidth(m_birth->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00"))
                             + 24);
    setMinimumWidth(460);
    m_gender->addItem(tr("Not recorded"));
    m_gender->addItem(tr("Female"), true);
    m_gender->addItem(tr("Male"), false);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *birth = new QHBoxLayout;
    birth->addWidget(m_birth);
    birth->addWidget(m_age, 1);
    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &label, QWidget *field, const QString &name) {
        field->setAccessibleName(name);
        form->addRow(label, field);
    };
    addRow(tr("&First name:"), m_first, tr("First name"));
    addRow(tr("&Last name:"), m_last, tr("Last name"));
    form->addRow(tr("Date of &birth:"), birth);
    m_birth->setAccessibleName(tr("Date of birth"));
    addRow(tr("&Gender:"), m_gender, tr("Gender"));
    addRow(tr("&Code:"), m_code, tr("Patient code"));
    addRow(tr("&Phone:"), m_phone, tr("Phone"));
    addRow(tr("&Address:"), m_address1, tr("Address"));
    addRow(QString(), m_address2, tr("Address, second line"));
    addRow(tr("&National health number:"), m_healthNumber, tr("National health number"));
    qobject_cast<QLabel *>(form->labelForField(birth))->setBuddy(m_birth);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_birth, &QLineEdit::textChanged, this, &PatientDialog::showAge);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PatientDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (patient)
        fill(*patient);
    else
        m_code->setText(PatientRegistry(m_store, m_context).proposeCode());
    m_first->setFocus();
}

void PatientDialog::fill(const Patient &patient)
{
    m_first->setText(patient.first);
    m_last->setText(patient.last);
    m_birth->setText(patient.dateOfBirth.isValid() ? patient.dateOfBirth.toString(Qt::ISODate)
                                                   : QString());
    m_gender->setCurrentIndex(patient.female ? (*patient.female ? 1 : 2) : 0);
    m_code->setText(patient.code);
    m_phone->setText(patient.phone);
    m_address1->setText(patient.address1);
    m_address2->setText(patient.address2);
    m_healthNumber->setText(patient.nationalHealthNumber);
}

void PatientDialog::showAge()
{
    const QDate born = QDate::fromString(m_birth->text().trimmed(), Qt::ISODate);
    m_age->setText(born.isValid() ? PatientText::age(born, m_context.today()) : QString());
}

std::optional<PatientDetails> PatientDialog::details()
{
    PatientDetails details;
    const QString birth = m_birth->text().trimmed();
    const QDate born = QDate::fromString(birth, Qt::ISODate);
    if (!birth.isEmpty() && !born.isValid()) {
        m_message->setText(
            tr("Write the date of birth as year-month-day, for example 1990-03-04."));
        m_message->show();
        m_birth->setFocus();
        return std::nullopt;
    }
    details.first = m_first->text();
    details.last = m_last->text();
    details.dateOfBirth = born;
    if (m_gender->currentData().isValid())
        details.female = m_gender->currentData().toBool();
    details.code = m_code->text();
    details.phone = m_phone->text();
    details.address1 = m_address1->text();
    details.address2 = m_address2->text();
    details.nationalHealthNumber = m_healthNumber->text();
    return details;
}

void PatientDialog::save()
{
    const auto given = details();
    if (!given)
        return;
    PatientRegistry registry(m_store, m_context);
    PatientRegistry::Saved saved;
    const QString problem = WorkAction::run(
        [&] { saved = m_id.isEmpty() ? registry.add(*given) : registry.edit(m_id, *given); });
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    emit this->saved(saved.id, saved.changedTypes);
    accept();
}

} // namespace satellite::ui
