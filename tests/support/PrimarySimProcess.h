#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the real primary-sim binary on a free loopback port for a test, and
// stops it (SIGTERM, then wait) when it goes out of scope.
class PrimarySimProcess
{
public:
    PrimarySimProcess() = default;
    ~PrimarySimProcess();
    PrimarySimProcess(const PrimarySimProcess &) = delete;
    PrimarySimProcess &operator=(const PrimarySimProcess &) = delete;

    static QString executable();

    // Starts with `arguments` (plus --port 0) and waits for its
    // "listening on" line; false with errorString() when it did not come.
    bool start(const QStringList &arguments, int timeoutMs = 120000);
    // SIGTERM; returns the exit code, or -1 when it did not exit cleanly.
    int stop(int timeoutMs = 30000);

    // Lowers the open-file limit (RLIMIT_NOFILE) of the next start().
    void setOpenFileLimit(int files) { m_openFileLimit = files; }

    QUrl url() const { return m_url; }
    // What its /admin calls need: --admin-token's value, or the one it made.
    QByteArray adminToken() const { return m_adminToken; }
    // The admin token of the primary-sim this process runs at `url` (empty
    // if none): HttpClient sends it on /admin calls, so tests need not.
    static QByteArray adminTokenFor(const QUrl &url);
    QString errorString() const { return m_error; }
    QString output() const { return m_output; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }
    // The server's peak resident memory so far (VmHWM), in KiB; 0 if not running.
    qint64 peakRssKb() const;

private:
    bool readAdminToken(const QStringList &arguments, int timeoutMs);

    QProcess m_process;
    QUrl m_url;
    QByteArray m_adminToken;
    int m_openFileLimit = 0;
    QString m_error;
    QString m_output;
};
