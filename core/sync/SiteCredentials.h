#pragma once

#include <QByteArray>
#include <QString>

namespace satellite {

// A site's sync credentials: the site name and the SHA-256 hash of its
// password. The hash is itself a credential: never log or print it.
class SiteCredentials
{
public:
    SiteCredentials() = default;
    SiteCredentials(QString siteName, QString passwordHash);

    static SiteCredentials fromPassword(const QString &siteName, const QString &password);
    // Lowercase hex SHA-256 of the UTF-8 password, no salt (PROTOCOL.md §1).
    static QString hashPassword(const QString &password);

    const QString &siteName() const { return m_siteName; }
    const QString &passwordHash() const { return m_passwordHash; }
    bool isEmpty() const { return m_siteName.isEmpty(); }

    // The value of the Authorization header: "Basic base64(name:hash)".
    QByteArray authorizationHeader() const;

private:
    QString m_siteName;
    QString m_passwordHash;
};

} // namespace satellite
