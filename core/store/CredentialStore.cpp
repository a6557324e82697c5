#include "CredentialStore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace satellite {

namespace {

const QString kService = QStringLiteral("satellite");
constexpr int kKeychainTimeoutMs = 5000;

// Runs a keychain job to its end, or gives up on a keychain that never answers.
bool finishJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    timeout.start(kKeychainTimeoutMs);
    job.start();
    loop.exec();
    return timeout.isActive() && job.error() == QKeychain::NoError;
}

} // namespace

CredentialStore::CredentialStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_path(databasePath + QStringLiteral(".credentials"))
{ }

bool CredentialStore::keychainWanted()
{
    return qEnvironmentVariableIntValue("SATELLITE_NO_KEYCHAIN") != 1;
}

QString CredentialStore::keychainKey(const QString &siteName) const
{
    return siteName + u'@' + m_databasePath;
}

std::optional<CredentialStore::Where>
CredentialStore::save(const QString &siteName, const QString &passwordHash, QString *error)
{
    if (keychainWanted() && saveToKeychain(siteName, passwordHash)) {
        QFile::remove(m_path); // one place only
        return Where::Keychain;
    }
    if (!saveToFile(siteName, passwordHash, error))
        return std::nullopt;
    return Where::File;
}

std::optional<QString> CredentialStore::load(const QString &siteName) const
{
    if (auto fromFile = loadFromFile(siteName))
        return fromFile;
    return keychainWanted() ? loadFromKeychain(siteName) : std::nullopt;
}

void CredentialStore::clear(const QString &siteName)
{
    QFile::remove(m_path);
    if (keychainWanted() && !siteName.isEmpty()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(keychainKey(siteName));
        finishJob(job);
    }
}

bool CredentialStore::saveToKeychain(const QString &siteName, const QString &passwordHash) const
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keychainKey(siteName));
    job.setTextData(passwordHash);
    job.setInsecureFallback(false); // the file below is our fallback, with its 0600
    return finishJob(job);
}

std::optional<QString> CredentialStore::loadFromKeychain(const QString &siteName) const
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keychainKey(siteName));
    if (!finishJob(job) || job.textData().isEmpty())
        return std::nullopt;
    return job.textData();
}

bool CredentialStore::saveToFile(const QString &siteName, const QString &passwordHash,
                                 QString *error) const
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

std::optional<QString> CredentialStore::loadFromFile(const QString &siteName) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 2 || QString::fromUtf8(lines[0]) != siteName || lines[1].isEmpty())
        return std::nullopt;
    return QString::fromLatin1(lines[1]);
}

} // namespace satellite
