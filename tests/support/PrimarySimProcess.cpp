#include "PrimarySimProcess.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <csignal>
#include <sys/resource.h>

namespace {

// host:port -> admin token of the primary-sims running now.
QMutex registryLock;
QHash<QString, QByteArray> &registry()
{
    static QHash<QString, QByteArray> tokens;
    return tokens;
}

QString keyOf(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port());
}

} // namespace

QByteArray PrimarySimProcess::adminTokenFor(const QUrl &url)
{
    const QMutexLocker locker(&registryLock);
    return registry().value(keyOf(url));
}

PrimarySimProcess::~PrimarySimProcess()
{
    if (!m_url.isEmpty()) {
        const QMutexLocker locker(&registryLock);
        registry().remove(keyOf(m_url));
    }
    if (isRunning()) {
        stop();
    } else if (m_process.state() == QProcess::NotRunning && m_process.exitCode() != 0) {
        qWarning().noquote() << "primary-sim had died:" << m_process.readAllStandardError();
    }
}

QString PrimarySimProcess::executable()
{
    return QStringLiteral(PRIMARY_SIM_PATH);
}

bool PrimarySimProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    if (m_openFileLimit > 0) {
        const rlim_t files = rlim_t(m_openFileLimit);
        m_process.setChildProcessModifier([files] {
            const rlimit limit{files, files};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.start(executable(),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("no 'listening on' line: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            m_process.kill();
            m_process.waitForFinished();
            return false;
        }
    }
    const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!first.startsWith(u"listening on ")) {
        m_error = QStringLiteral("unexpected first line: ") + first;
        return false;
    }
    m_url = QUrl(first.mid(13));
    if (!readAdminToken(arguments, timeoutMs))
        return false;
    const QMutexLocker locker(&registryLock);
    registry().insert(keyOf(m_url), m_adminToken);
    return true;
}

bool PrimarySimProcess::readAdminToken(const QStringList &arguments, int timeoutMs)
{
    const qsizetype given = arguments.indexOf(QStringLiteral("--admin-token"));
    if (given >= 0 && given + 1 < arguments.size()) {
        m_adminToken = arguments.at(given + 1).toUtf8();
        return true;
    }
    // Printed right after the "listening on" and "data:" lines.
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired()
                || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
                m_error = QStringLiteral("no 'admin token' line");
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("admin token: ")) {
            m_adminToken = line.mid(13).split(' ').constFirst();
            return true;
        }
    }
}

int PrimarySimProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    m_output
        = QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

qint64 PrimarySimProcess::peakRssKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!isRunning() || !status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
