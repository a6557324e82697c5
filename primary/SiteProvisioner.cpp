#include "SiteProvisioner.h"

#include "NewId.h"
#include "V2Codec.h"

namespace primary {

bool SiteProvisioner::isValidName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(u':') && name.size() <= 100;
}

Site SiteProvisioner::create(const QString &name, const QString &password)
{
    const QString storeId = newId();
    const QString nameId = newId();
    const QString userId = newId();
    const QByteArray quotedName = JsonScanner::quote(name);
    const QByteArray code = JsonScanner::quote(name.left(10).toUpper());
    addRecord(QStringLiteral("name"), nameId,
              "{\"ID\":" + JsonScanner::quote(nameId) + ",\"name\":" + quotedName + ",\"code\":"
                  + code + ",\"type\":\"store\",\"customer\":\"true\",\"supplier\":\"false\"}");
    addRecord(QStringLiteral("store"), storeId,
              "{\"ID\":" + JsonScanner::quote(storeId) + ",\"name\":" + quotedName
                  + ",\"code\":" + code + ",\"name_ID\":" + JsonScanner::quote(nameId)
                  + ",\"store_mode\":\"dispensary\",\"disabled\":\"false\"}");
    return m_context.sites.create(name, password, storeId, nameId, userId);
}

void SiteProvisioner::setPassword(const QString &name, const QString &password)
{
    QSqlQuery query
        = m_context.db.prepare(QStringLiteral("UPDATE site SET password_hash = ? WHERE name = ?"));
    query.addBindValue(SiteRegistry::hashPassword(password));
    query.addBindValue(name);
    PrimaryDatabase::exec(query);
}

void SiteProvisioner::addRecord(const QString &type, const QString &id, const QByteArray &data)
{
    IncomingRecord record;
    record.recordType = type;
    record.recordId = id;
    record.syncType = QStringLiteral("I");
    V2Codec::takeData(record, data, nullptr);
    m_context.applier.apply(record, 0, RecordApplier::FanOut::OtherSites);
}

} // namespace primary
