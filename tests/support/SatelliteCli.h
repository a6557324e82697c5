#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real satellite-cli binary against one database, as a user would.
class SatelliteCli
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    explicit SatelliteCli(QString databasePath);

    static QString executable();
    void setEnvironment(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

    Result run(const QStringList &arguments, const QByteArray &input = {},
               int timeoutMs = 600000) const;
    // login --password-stdin
    Result login(const QString &url, const QString &site, const QString &password) const;

    const QString &databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    QProcessEnvironment m_environment;
};
