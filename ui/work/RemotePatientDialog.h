#pragma once

#include "domain/PatientsElsewhere.h"
#include "sync/SyncTypes.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace satellite {
class LocalStore;
struct WorkContext;
} // namespace satellite

namespace satellite::ui {

class PrimaryQuestions;

// Searches the primary for patients registered at other clinics (each of
// the searches that cover the typed words, merged by ID, those held here
// left out) and lists them as registered elsewhere; Make visible here (or
// Enter on one) asks for the chosen one and closes. Never waits: the
// answers arrive while the dialog stays usable.
class RemotePatientDialog : public QDialog
{
    Q_OBJECT
public:
    RemotePatientDialog(LocalStore &store, const WorkContext &context, PrimaryQuestions *questions,
                        QWidget *parent = nullptr);

    // Shows `text` in the search field and asks the primary.
    void search(const QString &text);
    void makeVisible();

    QLineEdit *searchField() const { return m_field; }
    QTableWidget *resultsTable() const { return m_results; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *makeVisibleButton() const { return m_makeVisible; }
    bool isSearching() const { return m_asking > 0; }

signals:
    void makeVisibleRequested(const QString &id);

private:
    enum Column { Name, Code, Born, Age, Gender, RegisteredAt };

    void answered(int generation, const RemoteAnswer &answer);
    void addRow(const PatientsElsewhere::Found &found);
    void finish();

    LocalStore &m_store;
    const WorkContext &m_context;
    PrimaryQuestions *m_questions;
    QLineEdit *m_field;
    QPushButton *m_search;
    QLabel *m_message;
    QTableWidget *m_results;
    QPushButton *m_makeVisible;
    QString m_text;
    QSet<QString> m_shown;
    int m_generation = 0; // answers of an earlier search are let go
    int m_asking = 0;
};

} // namespace satellite::ui
