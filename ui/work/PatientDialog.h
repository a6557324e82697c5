#pragma once

#include "domain/Patient.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

// Registers a patient (the code proposed) or edits the one given: names,
// date of birth, gender, code, phone, address, national health number. A
// refusal (no name, code already used, ...) shows in the dialog, which stays.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    // Registers a new patient when `patient` is empty.
    PatientDialog(LocalStore &store, const WorkContext &context,
                  const std::optional<Patient> &patient, QWidget *parent = nullptr);

    QLineEdit *firstField() const { return m_first; }
    QLineEdit *lastField() const { return m_last; }
    QLineEdit *birthField() const { return m_birth; }
    QComboBox *genderBox() const { return m_gender; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *addressField() const { return m_address1; }
    QLineEdit *healthNumberField() const { return m_healthNumber; }
    QLabel *messageLabel() const { return m_message; }
    void save();

signals:
    // Saved: the patient's ID and the record types that changed.
    void saved(const QString &id, const QStringList &changedTypes);

private:
    std::optional<PatientDetails> details();
    void fill(const Patient &patient);
    void showAge();

    LocalStore &m_store;
    const WorkContext &m_context;
    QString m_id; // empty: registering
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_birth;
    QLabel *m_age;
    QComboBox *m_gender;
    QLineEdit *m_code;
    QLineEdit *m_phone;
    QLineEdit *m_address1;
    QLineEdit *m_address2;
    QLineEdit *m_healthNumber;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace satellite::ui
