#pragma once

#include <QWidget>

class QPushButton;

namespace satellite::ui {

// Across the top of the window while the first sync has not finished: what
// is missing, and Continue.
class FirstSyncBanner : public QWidget
{
    Q_OBJECT
public:
    explicit FirstSyncBanner(QWidget *parent = nullptr);

    QPushButton *continueButton() const { return m_continue; }
    // Continue waits while a sync runs.
    void setSyncing(bool syncing);

signals:
    void continueRequested();

private:
    QPushButton *m_continue;
};

} // namespace satellite::ui
