#pragma once

#include "SupportInfo.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace satellite::ui {

// Help > About: the version, the licence, the server, the site, the store
// and the database's path, with "Copy support information".
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const SupportInfo &info, QWidget *parent = nullptr);

    QLabel *details() const { return m_details; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLabel *m_details;
    QPushButton *m_copy;
};

} // namespace satellite::ui
