#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace satellite {

class LocalSettings;

// Who is working and when: the store and user the satellite is logged in as,
// and the clinic's clock (local time: dates are calendar dates of the clinic).
struct WorkContext
{
    QString storeId;
    QString storeNameId;
    QString userId;
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };

    QDate today() const { return now().date(); }

    // From the settings a login saved; empty IDs when not logged in.
    static WorkContext fromSettings(LocalSettings &settings);
};

} // namespace satellite
