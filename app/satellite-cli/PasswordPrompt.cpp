#include "PasswordPrompt.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace PasswordPrompt {

std::optional<QString> readLine(QString *error)
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty()) {
        *error = QCoreApplication::translate("PasswordPrompt", "no password on standard input");
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> ask(const QString &prompt, QString *error)
{
    if (!::isatty(STDIN_FILENO)) {
        *error = QCoreApplication::translate(
            "PasswordPrompt", "no terminal to ask for the password: use --password-stdin");
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    const auto password = readLine(error);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
    return password;
}

} // namespace PasswordPrompt
