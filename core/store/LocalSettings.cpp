#include "LocalSettings.h"

#include "SqlStatement.h"

#include <QUuid>

namespace satellite {

QString LocalSettings::value(const QString &key) const
{
    SqlStatement query(m_db.handle(), "SELECT value FROM setting WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

void LocalSettings::setValue(const QString &key, const QString &value)
{
    SqlStatement upsert(m_db.handle(),
                        "INSERT INTO setting (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).run();
}

void LocalSettings::remove(const QString &key)
{
    SqlStatement erase(m_db.handle(), "DELETE FROM setting WHERE key = ?");
    erase.bind(1, key).run();
}

QString LocalSettings::installationId()
{
    QString id = value(QStringLiteral("installation_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setValue(QStringLiteral("installation_id"), id);
    }
    return id;
}

} // namespace satellite
