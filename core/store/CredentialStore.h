#pragma once

#include <QString>
#include <optional>

namespace satellite {

// Keeps the site's password hash (a credential in its own right) in a file
// beside the database that only its owner can read (0600). Never logged.
class CredentialStore
{
public:
    explicit CredentialStore(const QString &databasePath);

    bool save(const QString &siteName, const QString &passwordHash, QString *error);
    // The hash stored for `siteName`, if any.
    std::optional<QString> load(const QString &siteName) const;
    void clear();

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace satellite
