#include "DiskSyncLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <dlfcn.h>
#include <unistd.h>

namespace {

QMutex logMutex;
bool logging = false;
QStringList &log()
{
    static QStringList events;
    return events;
}

void note(const char *event, const QString &path)
{
    QMutexLocker locker(&logMutex);
    if (logging)
        log().append(QLatin1String(event) + u' ' + QFileInfo(path).absoluteFilePath());
}

QString pathOf(int fd)
{
    return QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(fd));
}

template<typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" int fsync(int fd)
{
    static const auto real = next<int (*)(int)>("fsync");
    note("sync", pathOf(fd));
    return real(fd);
}

extern "C" int fdatasync(int fd)
{
    static const auto real = next<int (*)(int)>("fdatasync");
    note("sync", pathOf(fd));
    return real(fd);
}

extern "C" int unlink(const char *path)
{
    static const auto real = next<int (*)(const char *)>("unlink");
    note("unlink", QFile::decodeName(path));
    return real(path);
}

DiskSyncLog::DiskSyncLog()
{
    QMutexLocker locker(&logMutex);
    log().clear();
    logging = true;
}

DiskSyncLog::~DiskSyncLog()
{
    QMutexLocker locker(&logMutex);
    logging = false;
}

QStringList DiskSyncLog::events() const
{
    QMutexLocker locker(&logMutex);
    return log();
}

qsizetype DiskSyncLog::indexOf(const QString &event, const QString &path, qsizetype from) const
{
    const QStringList all = events();
    const QString wanted = event + u' ' + QFileInfo(path).absoluteFilePath();
    for (qsizetype i = from; i < all.size(); ++i) {
        if (all.at(i) == wanted)
            return i;
    }
    return -1;
}
