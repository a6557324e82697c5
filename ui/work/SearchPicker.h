#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QLineEdit;
class QListWidget;

namespace satellite::ui {

// A search field with its matches listed below it, for the keyboard: typing
// looks up, Up and Down move through the matches, Enter picks one, Escape
// lets the list go. Enter on an empty field moves on (an optional choice).
class SearchPicker : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString id;
        QString text; // what the field shows once picked
        QString detail = {}; // shown after the text in the list only
    };
    using Lookup = std::function<QList<Choice>(const QString &text)>;

    SearchPicker(const QString &accessibleName, Lookup lookup, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *matches() const { return m_matches; }
    QString pickedId() const { return m_pickedId; }
    // Shows a choice made elsewhere (a reopened draft, a patient just registered).
    void setPicked(const Choice &choice);
    // An entry listed after the matches (the only one to pick when nothing
    // matches): `label` with %1 for the typed text; picking it emits actionRequested.
    void setTrailingAction(const QString &label);
    void clear();

    // Every word of `words` found in `text`, in any order, any case.
    static bool matchesWords(const QString &text, const QStringList &words);
    static QStringList wordsOf(const QString &text);

signals:
    void picked(const QString &id);
    void unpicked(); // typed over what had been picked
    void skipped(); // Enter on an empty field
    void actionRequested(const QString &text); // the trailing action picked

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void pickCurrent();
    void moveCurrent(int step);

    Lookup m_lookup;
    QLineEdit *m_field;
    QListWidget *m_matches;
    QString m_pickedId;
    QString m_actionLabel;
};

} // namespace satellite::ui
