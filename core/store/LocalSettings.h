#pragma once

#include "Database.h"

#include <QString>

namespace satellite {

// Small typed values kept in the database: the site this satellite is logged
// in as, its primary, its installation ID. Never the password hash.
class LocalSettings
{
public:
    explicit LocalSettings(Database &db)
        : m_db(db)
    { }

    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // A UUID made once per installation, sent as msupply-site-uuid.
    QString installationId();

private:
    Database &m_db;
};

} // namespace satellite
