#include "SiteRegistry.h"

#include <QCryptographicHash>

namespace primary {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT site_id, name, password_hash, hardware_uuid, store_id, name_id, user_id FROM site ");
}

SiteRegistry::SiteRegistry(PrimaryDatabase &db)
    : m_db(db)
{ }

QString SiteRegistry::hashPassword(const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Site SiteRegistry::create(const QString &name, const QString &password, const QString &storeId,
                          const QString &nameId, const QString &userId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO site (site_id, name, password_hash, store_id, name_id, user_id) "
        "VALUES ((SELECT max(2, coalesce(max(site_id) + 1, 2)) FROM site), ?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(hashPassword(password));
    query.addBindValue(storeId);
    query.addBindValue(nameId);
    query.addBindValue(userId);
    PrimaryDatabase::exec(query);
    return *byName(name);
}

std::optional<Site> SiteRegistry::byName(const QString &name)
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    query.addBindValue(name);
    const QList<Site> sites = select(query);
    return sites.isEmpty() ? std::nullopt : std::optional(sites.first());
}

std::optional<Site> SiteRegistry::byId(int siteId)
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE site_id = ?"));
    query.addBindValue(siteId);
    const QList<Site> sites = select(query);
    return sites.isEmpty() ? std::nullopt : std::optional(sites.first());
}

QList<Site> SiteRegistry::all()
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("ORDER BY site_id"));
    return select(query);
}

void SiteRegistry::registerHardware(int siteId, const QString &hardwareUuid)
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("UPDATE site SET hardware_uuid = ? WHERE site_id = ?"));
    query.addBindValue(hardwareUuid);
    query.addBindValue(siteId);
    PrimaryDatabase::exec(query);
}

bool SiteRegistry::resetHardware(const QString &name)
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("UPDATE site SET hardware_uuid = '' WHERE name = ?"));
    query.addBindValue(name);
    PrimaryDatabase::exec(query);
    return query.numRowsAffected() > 0;
}

QList<Site> SiteRegistry::select(QSqlQuery &query)
{
    PrimaryDatabase::exec(query);
    QList<Site> sites;
    while (query.next()) {
        Site site;
        site.siteId = query.value(0).toInt();
        site.name = query.value(1).toString();
        site.passwordHash = query.value(2).toString();
        site.hardwareUuid = query.value(3).toString();
        site.storeId = query.value(4).toString();
        site.nameId = query.value(5).toString();
        site.userId = query.value(6).toString();
        sites.append(site);
    }
    query.finish();
    return sites;
}

} // namespace primary
