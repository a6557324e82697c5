#include "SatelliteCli.h"

#include <QProcess>

SatelliteCli::SatelliteCli(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("SATELLITE_RETRY_BASE_MS"), QStringLiteral("50"));
    // The tests check the file fallback; a desktop's keychain would also prompt.
    m_environment.insert(QStringLiteral("SATELLITE_NO_KEYCHAIN"), QStringLiteral("1"));
}

QString SatelliteCli::executable()
{
    return QStringLiteral(SATELLITE_CLI_PATH);
}

SatelliteCli::Result SatelliteCli::run(const QStringList &arguments, const QByteArray &input,
                                       int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(executable(), QStringList{QStringLiteral("--db"), m_databasePath} + arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

SatelliteCli::Result SatelliteCli::login(const QString &url, const QString &site,
                                         const QString &password) const
{
    return run({QStringLiteral("login"), QStringLiteral("--url"), url, QStringLiteral("--site"),
                site, QStringLiteral("--password-stdin")},
               password.toUtf8() + '\n');
}
