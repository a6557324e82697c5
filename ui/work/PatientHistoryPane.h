#pragma once

#include "domain/PatientHistory.h"
#include "sync/SyncTypes.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

class PatientHistoryModel;
class PrimaryQuestions;

// The selected patient's dispensing history beside the Patients list: this
// store's own at once, then the primary's across every store merged in
// (without duplicates, labelled by store). When the primary cannot be
// reached it shows the last answer kept, as of when, or says so: never an
// error dialog. It follows the selection: empty when no patient is selected.
class PatientHistoryPane : public QWidget
{
    Q_OBJECT
public:
    PatientHistoryPane(LocalStore &store, const WorkContext &context, PrimaryQuestions *questions,
                       QWidget *parent = nullptr);
    ~PatientHistoryPane() override;

    // Another patient: shows this store's at once and asks the primary. The
    // same one: reads this store's again, and asks the primary unless it is being asked.
    void showPatient(const QString &id);
    QString patientId() const { return m_patientId; }
    PatientHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    bool isAsking() const { return m_asking; }

private:
    void askPrimary();
    void answered(int generation, const RemoteAnswer &answer);
    void showKept(const QString &why);
    void showEntries();

    LocalStore &m_store;
    const WorkContext &m_context;
    PrimaryQuestions *m_questions;
    PatientHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_askDelay;
    QString m_patientId;
    QList<PatientHistory::Entry> m_local;
    QList<PatientHistory::Entry> m_primary;
    int m_generation = 0; // answers about an earlier selection are let go
    bool m_asking = false;
};

} // namespace satellite::ui
