#pragma once

#include "DispensingLabels.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace satellite::ui {

// Sends dispensing labels to a printer or a PDF file the pharmacist picks,
// through dialogs opened with open(): the window keeps running meanwhile.
class LabelOutput
{
    Q_DECLARE_TR_FUNCTIONS(LabelOutput)

public:
    using Done = std::function<void(const QString &message)>;

    static void print(QWidget *parent, const DispensingLabels &labels, Done done);
    static void saveAsPdf(QWidget *parent, const DispensingLabels &labels,
                          const QString &suggestedName, Done done);
};

} // namespace satellite::ui
