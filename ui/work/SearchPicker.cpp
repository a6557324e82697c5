#include "SearchPicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace satellite::ui {

namespace {

constexpr int kVisibleMatches = 6;
constexpr int kActionRole = Qt::UserRole + 2;

} // namespace

SearchPicker::SearchPicker(const QString &accessibleName, Lookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_lookup(std::move(lookup))
    , m_field(new QLineEdit(this))
    , m_matches(new QListWidget(this))
{
    m_field->setAccessibleName(accessibleName);
    m_field->setClearButtonEnabled(true);
    m_matches->setAccessibleName(tr("Matches for %1").arg(accessibleName.toLower()));
    m_matches->setFocusPolicy(Qt::NoFocus); // the keys stay in the field
    m_matches->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_matches);
    setFocusProxy(m_field);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, &SearchPicker::search);
    connect(m_matches, &QListWidget::itemActivated, this, &SearchPicker::pickCurrent);
}

QStringList SearchPicker::wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool SearchPicker::matchesWords(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void SearchPicker::search(const QString &text)
{
    if (!m_pickedId.isEmpty()) {
        m_pickedId.clear();
        emit unpicked();
    }
    m_matches->clear();
    if (text.trimmed().isEmpty()) {
        m_matches->hide();
        return;
    }
    const QList<Choice> choices = m_lookup(text);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.detail.isEmpty()
                                             ? choice.text
                                             : choice.text + QStringLiteral(" — ") + choice.detail,
                                         m_matches);
        item->setData(Qt::UserRole, choice.id);
        item->setData(Qt::UserRole + 1, choice.text);
    }
    if (choices.isEmpty())
        new QListWidgetItem(tr("Nothing found for “%1”").arg(text.trimmed()), m_matches);
    if (!m_actionLabel.isEmpty()) {
        auto *action = new QListWidgetItem(m_actionLabel.arg(text.trimmed()), m_matches);
        action->setData(kActionRole, true);
        QFont italic = action->font();
        italic.setItalic(true);
        action->setFont(italic);
    }
    // Enter picks the first match, or the action when nothing matched.
    if (!choices.isEmpty())
        m_matches->setCurrentRow(0);
    else if (!m_actionLabel.isEmpty())
        m_matches->setCurrentRow(m_matches->count() - 1);
    const int rows = std::min<int>(kVisibleMatches, m_matches->count());
    m_matches->setFixedHeight(rows * m_matches->sizeHintForRow(0) + 2 * m_matches->frameWidth());
    m_matches->show();
}

void SearchPicker::setPicked(const Choice &choice)
{
    m_pickedId = choice.id;
    m_field->setText(choice.text);
    m_field->setCursorPosition(0);
    m_matches->clear();
    m_matches->hide();
}

void SearchPicker::setTrailingAction(const QString &label)
{
    m_actionLabel = label;
}

void SearchPicker::clear()
{
    m_pickedId.clear();
    m_field->clear();
    m_matches->clear();
    m_matches->hide();
}

void SearchPicker::pickCurrent()
{
    const QListWidgetItem *current = m_matches->currentItem();
    if (current && current->data(kActionRole).toBool()) {
        m_matches->hide();
        emit actionRequested(m_field->text().trimmed());
        return;
    }
    if (!current || current->data(Qt::UserRole).toString().isEmpty())
        return;
    setPicked(
        Choice{current->data(Qt::UserRole).toString(), current->data(Qt::UserRole + 1).toString()});
    emit picked(m_pickedId);
}

void SearchPicker::moveCurrent(int step)
{
    if (m_matches->count() == 0)
        return;
    const int row = std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1);
    m_matches->setCurrentRow(row);
}

bool SearchPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down: moveCurrent(1); return true;
    case Qt::Key_Up: moveCurrent(-1); return true;
    case Qt::Key_PageDown: moveCurrent(kVisibleMatches); return true;
    case Qt::Key_PageUp: moveCurrent(-kVisibleMatches); return true;
    case Qt::Key_Escape:
        if (!m_matches->isVisible())
            return false;
        m_matches->hide();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_field->text().trimmed().isEmpty())
            emit skipped();
        else if (m_matches->isVisible())
            pickCurrent();
        else if (!m_pickedId.isEmpty())
            emit picked(m_pickedId); // Enter again on a choice: move on
        return true;
    default: return false;
    }
}

} // namespace satellite::ui
