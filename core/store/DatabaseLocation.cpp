#include "DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <fcntl.h>
#include <unistd.h>

namespace satellite {

QString DatabaseLocation::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SATELLITE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/satellite/satellite.sqlite");
}

bool DatabaseLocation::makeFolderFor(const QString &databasePath)
{
    QStringList missing;
    QString folder = QFileInfo(databasePath).absolutePath();
    while (!QFileInfo::exists(folder)) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

void DatabaseLocation::restrictFiles(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath.startsWith(u':'))
        return; // in memory, or SQLite's own temporary file
    const QByteArray path = QFile::encodeName(databasePath);
    // Made empty here with the mode it keeps, before SQLite makes it with 0644.
    const int created = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (created >= 0)
        ::close(created);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(databasePath + suffix))
            QFile::setPermissions(databasePath + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace satellite
