#include "DiskSyncLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <algorithm>
#include <cerrno>
#include <dlfcn.h>
#include <unistd.h>

namespace {

QMutex logMutex;
bool logging = false;
int syncError = 0; // 0: syncs do sync
QString failingPathPart; // empty: every sync fails with syncError
QString fullPathPart; // empty: writes go to the disk as usual
qint64 roomLeft = 0;
QStringList &log()
{
    static QStringList events;
    return events;
}

QString pathOf(int fd)
{
    return QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(fd));
}

void note(const char *event, const QString &path)
{
    QMutexLocker locker(&logMutex);
    if (logging)
        log().append(QLatin1String(event) + u' ' + QFileInfo(path).absoluteFilePath());
}

// Notes a sync; -1 when it is to fail (errno set), else what `sync` returns.
template<typename Sync> int noteSync(int fd, Sync sync)
{
    const QString path = pathOf(fd);
    note("sync", path);
    int error = 0;
    {
        QMutexLocker locker(&logMutex);
        if (logging && (failingPathPart.isEmpty() || path.contains(failingPathPart)))
            error = syncError;
    }
    if (error == 0)
        return sync(fd);
    errno = error;
    return -1;
}

template<typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" int fsync(int fd)
{
    static const auto real = next<int (*)(int)>("fsync");
    return noteSync(fd, real);
}

extern "C" int fdatasync(int fd)
{
    static const auto real = next<int (*)(int)>("fdatasync");
    return noteSync(fd, real);
}

extern "C" ssize_t write(int fd, const void *buffer, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    QString part;
    {
        QMutexLocker locker(&logMutex);
        part = logging ? fullPathPart : QString();
    }
    if (part.isEmpty() || fd <= 2 || !pathOf(fd).contains(part))
        return real(fd, buffer, count);
    QMutexLocker locker(&logMutex);
    if (roomLeft <= 0) {
        errno = ENOSPC;
        return -1;
    }
    const size_t allowed = std::min<size_t>(count, size_t(roomLeft));
    const ssize_t done = real(fd, buffer, allowed);
    if (done > 0)
        roomLeft -= done;
    return done;
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
    syncError = 0;
    failingPathPart.clear();
    fullPathPart.clear();
}

void DiskSyncLog::fillDisk(const QString &pathPart, qint64 bytes)
{
    QMutexLocker locker(&logMutex);
    fullPathPart = pathPart;
    roomLeft = bytes;
}

void DiskSyncLog::failSyncs(int error, const QString &pathPart)
{
    QMutexLocker locker(&logMutex);
    syncError = error;
    failingPathPart = pathPart;
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
