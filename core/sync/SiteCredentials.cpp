#include "SiteCredentials.h"

#include <QCryptographicHash>

namespace satellite {

SiteCredentials::SiteCredentials(QString siteName, QString passwordHash)
    : m_siteName(std::move(siteName))
    , m_passwordHash(std::move(passwordHash))
{ }

SiteCredentials SiteCredentials::fromPassword(const QString &siteName, const QString &password)
{
    return SiteCredentials(siteName, hashPassword(password));
}

QString SiteCredentials::hashPassword(const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray SiteCredentials::authorizationHeader() const
{
    return QByteArrayLiteral("Basic ") + (m_siteName + u':' + m_passwordHash).toUtf8().toBase64();
}

} // namespace satellite
