#include "UserRegistry.h"

#include "SiteRegistry.h"

namespace primary {

QString UserRegistry::existingUserId(const QString &name)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT user_id FROM store_user WHERE name = ? ORDER BY rowid LIMIT 1"));
    query.addBindValue(name);
    PrimaryDatabase::exec(query);
    const QString id = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return id;
}

StoreUser UserRegistry::add(const QString &name, const QString &password, const QString &storeId,
                            const QString &userId, bool isAdmin)
{
    StoreUser user{name, storeId, existingUserId(name), isAdmin};
    if (user.userId.isEmpty())
        user.userId = userId;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO store_user (name, store_id, password_hash, user_id, is_admin) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, store_id) DO UPDATE SET "
                       "password_hash = excluded.password_hash, is_admin = excluded.is_admin"));
    query.addBindValue(name);
    query.addBindValue(storeId);
    query.addBindValue(SiteRegistry::hashPassword(password));
    query.addBindValue(user.userId);
    query.addBindValue(isAdmin ? 1 : 0);
    PrimaryDatabase::exec(query);
    return user;
}

std::optional<StoreUser>
UserRegistry::authenticate(const QString &name, const QString &passwordHash, const QString &storeId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT user_id, is_admin FROM store_user WHERE name = ? AND store_id = ? "
                       "AND password_hash = ?"));
    query.addBindValue(name);
    query.addBindValue(storeId);
    query.addBindValue(passwordHash.toLower());
    PrimaryDatabase::exec(query);
    std::optional<StoreUser> user;
    if (query.next())
        user = StoreUser{name, storeId, query.value(0).toString(), query.value(1).toInt() != 0};
    query.finish();
    return user;
}

} // namespace primary
