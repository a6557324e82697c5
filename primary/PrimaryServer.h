#pragma once

#include "AdminApi.h"
#include "DemoLoader.h"
#include "PrimaryContext.h"
#include "PrimaryOptions.h"
#include "SyncApi.h"
#include "http/HttpServer.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace primary {

// primary-sim: the database, the demo world, the sites from the command line,
// and the HTTP server that answers the sync and admin APIs.
class PrimaryServer : public QObject
{
    Q_OBJECT
public:
    explicit PrimaryServer(PrimaryOptions options, QObject *parent = nullptr);
    ~PrimaryServer() override;

    // Prepares `dataDir` (made 0700 when it is new), opens the database in
    // it, loads demo data and sites, keeps the admin token there, listens.
    bool start(const QString &dataDir, QString *error);
    QUrl url() const;
    QString adminToken() const { return m_adminToken; }
    QString adminTokenPath() const { return m_adminTokenPath; }
    const DemoLoader::Result &demo() const { return m_demo; }

private:
    static bool prepareDataDir(const QString &dataDir, QString *error);
    void addCommandLineSites();
    void addCommandLineUsers();
    bool listen(QString *error);
    http::HttpResponse handle(const http::HttpRequest &request);
    http::HttpResponse handleSync(const http::HttpRequest &request);
    void workBetweenCalls();

    PrimaryOptions m_options;
    std::unique_ptr<PrimaryContext> m_context;
    std::unique_ptr<SyncApi> m_sync;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<http::HttpServer> m_http;
    // Settles held-back acknowledgements once the calls stop.
    QTimer m_quiet;
    DemoLoader::Result m_demo;
    QString m_adminToken;
    QString m_adminTokenPath;
};

} // namespace primary
