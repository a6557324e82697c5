#include "PrimarySimProcess.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <csignal>
#include <sys/resource.h>

PrimarySimProcess::~PrimarySimProcess()
{
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
    return true;
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
