#pragma once

#include "PrimaryDatabase.h"

#include <QList>
#include <QString>
#include <optional>

namespace primary {

struct Site
{
    int siteId = 0;
    QString name;
    QString passwordHash; // lowercase hex SHA-256 of the password
    QString hardwareUuid; // empty until the site's first call that sends one
    QString storeId;
    QString nameId;
    QString userId;
};

// The satellite sites this primary serves: credentials, hardware lock, store.
class SiteRegistry
{
public:
    explicit SiteRegistry(PrimaryDatabase &db);

    static QString hashPassword(const QString &password);

    // Site IDs start at 2: the primary itself is site 1.
    Site create(const QString &name, const QString &password, const QString &storeId,
                const QString &nameId, const QString &userId);
    std::optional<Site> byName(const QString &name);
    std::optional<Site> byId(int siteId);
    QList<Site> all();
    void registerHardware(int siteId, const QString &hardwareUuid);
    bool resetHardware(const QString &name);

private:
    QList<Site> select(QSqlQuery &query);

    PrimaryDatabase &m_db;
};

} // namespace primary
