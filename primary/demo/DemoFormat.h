#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace primary::demoformat {

// Small text shapes shared by the record writers.

// 712345678 -> "0712 345 678"
QByteArray phone(quint64 number);

// A batch number as suppliers print them: "KT40817".
QByteArray batch(quint32 number);

// "PT" and 42, width 6 -> "PT000042"
QByteArray code(const char *prefix, qint64 number, int width);

} // namespace primary::demoformat
