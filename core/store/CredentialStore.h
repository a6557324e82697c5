#pragma once

#include <QString>
#include <optional>

namespace satellite {

// Keeps the site's password hash (a credential in its own right) in the
// system keychain when there is one, else in a file beside the database that
// only its owner can read (0600). Never logged.
class CredentialStore
{
public:
    enum class Where { Keychain, File };

    explicit CredentialStore(const QString &databasePath);

    // SATELLITE_NO_KEYCHAIN=1 skips the keychain (tests, headless support).
    static bool keychainWanted();

    std::optional<Where> save(const QString &siteName, const QString &passwordHash, QString *error);
    // The hash stored for `siteName`, if any.
    std::optional<QString> load(const QString &siteName) const;
    void clear(const QString &siteName);

    QString path() const { return m_path; }

private:
    QString keychainKey(const QString &siteName) const;
    bool saveToKeychain(const QString &siteName, const QString &passwordHash) const;
    std::optional<QString> loadFromKeychain(const QString &siteName) const;
    bool saveToFile(const QString &siteName, const QString &passwordHash, QString *error) const;
    std::optional<QString> loadFromFile(const QString &siteName) const;

    QString m_databasePath;
    QString m_path;
};

} // namespace satellite
