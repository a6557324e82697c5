#pragma once

#include <QString>

namespace primary {

// The secret every /admin call must carry (X-Admin-Token): given on the
// command line or made at start, and kept in the data directory in a file
// only its owner can read, for scripts and tests on this machine.
class AdminToken
{
public:
    static constexpr const char *kFileName = "admin-token";

    // 32 random bytes from the system's generator, as hex.
    static QString generate();
    // Writes `token` to `path` with mode 0600, replacing what was there.
    static bool save(const QString &path, const QString &token, QString *error);
    // Compares in time independent of where they differ.
    static bool matches(const QByteArray &given, const QString &token);
};

} // namespace primary
