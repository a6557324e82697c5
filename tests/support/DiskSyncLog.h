#pragma once

#include <QString>
#include <QStringList>

// What reached the disk, in order: while a DiskSyncLog lives, every fsync(),
// fdatasync() and unlink() of the test process (SQLite's included) is noted
// as "sync <path>" or "unlink <path>", then done as usual (and write() can
// be made to meet a full disk). The test executable defines those functions itself, so link this
// file into it directly (not through a library).
class DiskSyncLog
{
public:
    DiskSyncLog();
    ~DiskSyncLog();
    DiskSyncLog(const DiskSyncLog &) = delete;
    DiskSyncLog &operator=(const DiskSyncLog &) = delete;

    // From now on, every sync fails with `error` (errno), as a failing disk's
    // would; or only those of files whose path holds `pathPart`.
    void failSyncs(int error, const QString &pathPart = QString());
    // From now on, files whose path holds `pathPart` take `bytes` more bytes
    // of writes, then the disk is full: a short write, then ENOSPC.
    void fillDisk(const QString &pathPart, qint64 bytes);

    QStringList events() const;
    // Position of the first event for `path` (absolute) after `from`, or -1.
    qsizetype indexOf(const QString &event, const QString &path, qsizetype from = 0) const;
    bool synced(const QString &path) const { return indexOf(QStringLiteral("sync"), path) >= 0; }
};
