#pragma once

#include "DispensingLabels.h"
#include "SearchPicker.h"
#include "domain/Dispensing.h"
#include "domain/WorkLookups.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

class DispenseLinesModel;
class DraftList;

// Dispensing to a patient, by keyboard: find the patient, optionally the
// prescriber, then each item with its quantity (directions and a batch
// picked by hand optional); every line shows the batches it will come from
// and its price, or why it cannot be dispensed. Save finishes the
// dispensing (Ctrl+Enter), Keep as draft keeps it for later (Ctrl+D); the
// labels are printed (Ctrl+P) or saved as PDF afterwards.
class DispensePage : public QWidget
{
    Q_OBJECT
public:
    DispensePage(LocalStore &store, const WorkContext &context, QWidget *parent = nullptr);
    ~DispensePage() override;

    SearchPicker *patientPicker() const { return m_patient; }
    SearchPicker *prescriberPicker() const { return m_prescriber; }
    SearchPicker *itemPicker() const { return m_item; }
    QLineEdit *quantityField() const { return m_quantity; }
    QLineEdit *directionsField() const { return m_directions; }
    QComboBox *batchBox() const { return m_batch; }
    QLineEdit *overrideField() const { return m_override; }
    QTableView *linesView() const { return m_linesView; }
    DispenseLinesModel *linesModel() const { return m_lines; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *draftButton() const { return m_keepDraft; }
    DraftList *drafts() const { return m_drafts; }
    const DispensingLabels &labels() const { return m_labels; }

    // A dispensing for this patient (from the Patients page).
    void startFor(const QString &patientId);
    void openDraft(const QString &id);
    // Records of these types changed (a sync, another page): read them again.
    void refresh(const QStringList &types);
    void save(bool draft);
    void startOver();
    // In the message line under the lines; a problem stands out in red.
    void showMessage(const QString &text, bool problem);

signals:
    // A pharmacist action wrote records of these types.
    void changed(const QStringList &types);
    void registerPatientRequested();
    // No patient here fits the typed text: look for them at other clinics.
    void remotePatientSearchRequested(const QString &text);

private:
    QWidget *createPatientBox();
    QWidget *createItemBox();
    QWidget *createFooter();
    void createShortcuts();
    QList<SearchPicker::Choice> findPatients(const QString &text);
    QList<SearchPicker::Choice> findPrescribers(const QString &text);
    QList<SearchPicker::Choice> findItems(const QString &text);
    void patientPicked(const QString &id);
    void itemPicked(const QString &id);
    void fillBatches();
    void addLine();
    void removeCurrentLine();
    void replan();
    void updateTotal();
    void finishDraft(const QString &id);
    void discardDraft(const QString &id);
    void dispensed(const Dispensing::Request &request, const Dispensing::Result &result);
    Dispensing::Request request(bool draft) const;
    DispensingLabels labelsFor(const Dispensing::Request &request, qint64 number);
    const QList<WorkLookups::Item> &items();
    const QList<WorkLookups::Prescriber> &prescribers();
    void printLabels();
    void saveLabelsAsPdf();
    void loadDraftsInBackground();
    void showDrafts(const QList<WorkLookups::Draft> &drafts);
    bool eventFilter(QObject *watched, QEvent *event) override;

    LocalStore &m_store;
    const WorkContext &m_context;
    WorkLookups m_lookups;
    std::optional<QList<WorkLookups::Item>> m_items; // read once, again when items change
    std::optional<QList<WorkLookups::Prescriber>> m_prescribers;
    std::optional<WorkLookups::Item> m_pickedItem;
    QString m_draftId; // the draft being finished, if any
    DispensingLabels m_labels;
    qint64 m_labelsNumber = 0;
    quint64 m_draftsShown = 0; // counts the lists shown: an older read is dropped

    SearchPicker *m_patient;
    QLabel *m_patientDetails;
    SearchPicker *m_prescriber;
    QWidget *m_itemBox;
    SearchPicker *m_item;
    QLineEdit *m_quantity;
    QLineEdit *m_directions;
    QComboBox *m_batch;
    QPushButton *m_add;
    DispenseLinesModel *m_lines;
    QTableView *m_linesView;
    QLabel *m_total;
    QLineEdit *m_override;
    QLabel *m_draftNote;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_keepDraft;
    QPushButton *m_startOver;
    QPushButton *m_print;
    QPushButton *m_pdf;
    DraftList *m_drafts;
};

} // namespace satellite::ui
