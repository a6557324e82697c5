#include "AdminToken.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace primary {

QString AdminToken::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

bool AdminToken::save(const QString &path, const QString &token, QString *error)
{
    // Made anew with the mode, never an older file's wider one.
    const QByteArray name = QFile::encodeName(path);
    ::unlink(name.constData());
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const QByteArray text = token.toUtf8() + '\n';
    const bool written
        = fd >= 0 && ::write(fd, text.constData(), size_t(text.size())) == text.size();
    const int failure = errno;
    if (fd >= 0)
        ::close(fd);
    if (!written)
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(failure)));
    return written;
}

bool AdminToken::matches(const QByteArray &given, const QString &token)
{
    const QByteArray expected = token.toUtf8();
    if (given.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given[i] ^ expected[i]);
    return difference == 0;
}

} // namespace primary
