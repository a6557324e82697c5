#include "FirstSyncBanner.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace satellite::ui {

FirstSyncBanner::FirstSyncBanner(QWidget *parent)
    : QWidget(parent)
    , m_continue(new QPushButton(tr("C&ontinue"), this))
{
    setObjectName(QStringLiteral("firstSyncBanner"));
    // A pale yellow band, as for a notice; the words carry the meaning.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    setPalette(colours);
    auto *text = new QLabel(
        tr("The first sync did not finish: some of this store's records are not here yet. "
           "Continue receiving them now, or later with Sync now."),
        this);
    text->setWordWrap(true);
    setAccessibleName(tr("The first sync did not finish"));
    m_continue->setAccessibleDescription(tr("Continue the first sync from where it stopped"));
    connect(m_continue, &QPushButton::clicked, this, &FirstSyncBanner::continueRequested);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_continue);
}

void FirstSyncBanner::setSyncing(bool syncing)
{
    m_continue->setEnabled(!syncing);
}

} // namespace satellite::ui
