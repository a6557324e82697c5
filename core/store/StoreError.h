#pragma once

#include <QString>
#include <stdexcept>

namespace satellite {

// A failure of the local database: the transaction it happened in is rolled
// back, and the sync reports a local database error.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }

    QString message() const { return QString::fromStdString(what()); }
};

} // namespace satellite
