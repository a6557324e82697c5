#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace satellite::ui {

// The labels stuck on what a patient takes home, one per item: store,
// patient, item, quantity, directions, date; printed or saved as a PDF, one
// label a page.
class DispensingLabels
{
    Q_DECLARE_TR_FUNCTIONS(DispensingLabels)

public:
    struct Label
    {
        QString storeName;
        QString patientName;
        QString itemName;
        QString quantity; // "30 Tab"
        QString directions;
        QString prescriber;
        QDate date;
        qint64 number = 0; // the prescription's
    };

    DispensingLabels() = default;
    explicit DispensingLabels(QList<Label> labels)
        : m_labels(std::move(labels))
    { }

    const QList<Label> &labels() const { return m_labels; }
    bool isEmpty() const { return m_labels.isEmpty(); }
    // A common small label roll: 100 x 50 mm.
    static QPageSize pageSize();
    // Onto a printer or PDF writer whose page is set up already.
    void render(QPagedPaintDevice &device) const;
    bool writePdf(const QString &path) const;

private:
    static void paint(QPainter &painter, const QRectF &area, const Label &label);

    QList<Label> m_labels;
};

} // namespace satellite::ui
