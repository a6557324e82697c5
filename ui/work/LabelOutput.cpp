#include "LabelOutput.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <memory>

namespace satellite::ui {

void LabelOutput::print(QWidget *parent, const DispensingLabels &labels, Done done)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(DispensingLabels::pageSize());
    printer->setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
    printer->setDocName(tr("Dispensing labels"));
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [printer, labels, done] {
        labels.render(*printer);
        done(tr("%n label(s) sent to the printer.", nullptr, int(labels.labels().size())));
    });
    dialog->open();
}

void LabelOutput::saveAsPdf(QWidget *parent, const DispensingLabels &labels,
                            const QString &suggestedName, Done done)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog
        = new QFileDialog(parent, tr("Save labels as PDF"), folder, tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [labels, done](const QString &path) {
                         done(labels.writePdf(path)
                                  ? tr("Labels saved as %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("The labels could not be saved as %1.")
                                        .arg(QDir::toNativeSeparators(path)));
                     });
    dialog->open();
}

} // namespace satellite::ui
