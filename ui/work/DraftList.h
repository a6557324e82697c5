#pragma once

#include "domain/WorkLookups.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace satellite::ui {

// The dispensings kept as drafts in this store, newest first: Enter (or
// Open) brings one back to finish, Finish dispenses it as it is, Discard
// gives its stock back.
class DraftList : public QWidget
{
    Q_OBJECT
public:
    explicit DraftList(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setDrafts(const QList<WorkLookups::Draft> &drafts);
    QString currentId() const;

signals:
    void openRequested(const QString &id);
    void finishRequested(const QString &id);
    void discardRequested(const QString &id);

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_finish;
    QPushButton *m_discard;
};

} // namespace satellite::ui
