#pragma once

#include "PrimaryDatabase.h"

#include <QString>
#include <optional>

namespace primary {

struct StoreUser
{
    QString name;
    QString storeId;
    QString userId;
    bool isAdmin = false;
};

// The users of each store, who log in to it by name and password through
// GET /sync/v3/user (mobile's UserAuthenticator), not the site's credentials.
class UserRegistry
{
public:
    explicit UserRegistry(PrimaryDatabase &db)
        : m_db(db)
    { }

    // Adds the user to the store, or sets its password there. A user already
    // known in another store keeps its UserID; `userId` is used otherwise.
    StoreUser add(const QString &name, const QString &password, const QString &storeId,
                  const QString &userId, bool isAdmin = false);
    // The user when `passwordHash` (hex SHA-256, any case) is theirs in `storeId`.
    std::optional<StoreUser> authenticate(const QString &name, const QString &passwordHash,
                                          const QString &storeId);

private:
    QString existingUserId(const QString &name);

    PrimaryDatabase &m_db;
};

} // namespace primary
