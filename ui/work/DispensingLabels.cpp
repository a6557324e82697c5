#include "DispensingLabels.h"

#include "domain/DateText.h"

#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace satellite::ui {

namespace {

// Writes `text` at the top of `area` and takes the height it used off it.
void writeLine(QPainter &painter, QRectF &area, const QString &text, int pointSize, bool bold,
               int flags = Qt::AlignLeft)
{
    if (text.isEmpty())
        return;
    QFont font = painter.font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    painter.setFont(font);
    QRectF used;
    painter.drawText(area, flags | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    area.setTop(used.bottom() + used.height() * 0.1);
}

} // namespace

QPageSize DispensingLabels::pageSize()
{
    return QPageSize(QSizeF(100, 50), QPageSize::Millimeter, tr("Dispensing label"));
}

void DispensingLabels::paint(QPainter &painter, const QRectF &page, const Label &label)
{
    QRectF area = page;
    const QString date = DateText::of(label.date);
    QRectF top = area;
    writeLine(painter, top, date, 7, false, Qt::AlignRight);
    writeLine(painter, area, label.storeName, 7, false);
    writeLine(painter, area, label.patientName, 11, true);
    writeLine(painter, area, label.itemName, 9, true);
    writeLine(painter, area, label.quantity, 9, false);
    writeLine(painter, area, label.directions, 9, false);
    QStringList footer{tr("Prescription %1").arg(label.number)};
    if (!label.prescriber.isEmpty())
        footer.append(tr("Prescriber: %1").arg(label.prescriber));
    QFont font = painter.font();
    font.setPointSize(6);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(page, Qt::AlignLeft | Qt::AlignBottom, footer.join(QStringLiteral(" · ")));
}

void DispensingLabels::render(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const QRectF area(0, 0, device.width(), device.height());
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        if (i > 0)
            device.newPage();
        paint(painter, area, m_labels.at(i));
    }
}

bool DispensingLabels::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(pageSize());
    writer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
    writer.setTitle(tr("Dispensing labels"));
    writer.setCreator(QCoreApplication::applicationName());
    render(writer);
    return QFileInfo::exists(path);
}

} // namespace satellite::ui
