#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpServer;

// A small hostile (or just odd) HTTP/1.1 server for tests: every request is
// answered by a function of the test's choosing, on a thread of its own, so
// that a test may wait for a satellite-cli process while it answers.
class ScriptedServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path; // without the query
        QString query;
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body = "{}";
        QByteArray headers = {}; // more header lines, each ending in \r\n
    };
    using Script = std::function<Reply(const Request &)>;

    explicit ScriptedServer(Script script);
    ~ScriptedServer();
    ScriptedServer(const ScriptedServer &) = delete;
    ScriptedServer &operator=(const ScriptedServer &) = delete;

    // Listens on a free loopback port; false when it cannot.
    bool start();
    QUrl url() const;
    // "GET /sync/v2/queued_records", in the order they came.
    QStringList requests() const;
    // The bodies of the requests to `path`, in order.
    QList<QByteArray> bodiesOf(const QString &path) const;

    // The answers a satellite needs to log in: site and user lookups, the
    // initial dump, acknowledgements and pushes; nullopt for anything else.
    static std::optional<Reply> loginAnswer(const Request &request);

private:
    void serve(QTcpServer &server);

    Script m_script;
    QThread m_thread;
    QObject m_anchor; // lives on m_thread: the server is made there
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
    QList<Request> m_received;
};
