#include "CredentialStore.h"

#include <QFile>
#include <QSaveFile>

namespace satellite {

CredentialStore::CredentialStore(const QString &databasePath)
    : m_path(databasePath + QStringLiteral(".credentials"))
{ }

bool CredentialStore::save(const QString &siteName, const QString &passwordHash, QString *error)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    file.write(siteName.toUtf8() + '\n' + passwordHash.toLatin1() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QString> CredentialStore::load(const QString &siteName) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 2 || QString::fromUtf8(lines[0]) != siteName || lines[1].isEmpty())
        return std::nullopt;
    return QString::fromLatin1(lines[1]);
}

void CredentialStore::clear()
{
    QFile::remove(m_path);
}

} // namespace satellite
