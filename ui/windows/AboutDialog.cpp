#include "AboutDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace satellite::ui {

AboutDialog::AboutDialog(const SupportInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_details(new QLabel(info.aboutText(), this))
    , m_copy(new QPushButton(tr("&Copy support information"), this))
{
    setWindowTitle(tr("About Satellite"));
    auto *title = new QLabel(
        tr("<b>Satellite</b> keeps this clinic's mSupply data here and syncs it with the "
           "primary server whenever the line is up."),
        this);
    title->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("About this installation"));
    m_copy->setToolTip(tr("For a message to your support team: never includes the password"));
    connect(m_copy, &QPushButton::clicked, this, [this, text = info.supportText()] {
        QGuiApplication::clipboard()->setText(text);
        m_copy->setText(tr("Copied"));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
}

} // namespace satellite::ui
