#pragma once

#include <QString>
#include <stdexcept>

namespace satellite {

// A pharmacist action refused by the stock or data rules (not enough stock,
// an expired batch, a patient code already used, ...), in words she can act
// on. Thrown before anything is written, or with the transaction rolled back.
class WorkRefusal : public std::runtime_error
{
public:
    explicit WorkRefusal(const QString &message)
        : std::runtime_error(message.toStdString())
    { }

    QString message() const { return QString::fromStdString(what()); }
};

} // namespace satellite
