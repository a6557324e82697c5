#pragma once

#include <QString>
#include <optional>

// Reads the site password without echoing it, or one line from stdin
// (--password-stdin). The caller hashes it at once and keeps only the hash.
namespace PasswordPrompt {
std::optional<QString> ask(const QString &prompt, QString *error);
std::optional<QString> readLine(QString *error);
} // namespace PasswordPrompt
