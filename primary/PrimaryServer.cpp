#include "PrimaryServer.h"

#include "AdminToken.h"
#include "ApiReply.h"
#include "NewId.h"
#include "RecordUpgrade.h"
#include "SiteProvisioner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace primary {

using http::HttpRequest;
using http::HttpResponse;

namespace {
// Calls this far apart are not one site's sync.
constexpr int kQuietMs = 500;
} // namespace

PrimaryServer::PrimaryServer(PrimaryOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

PrimaryServer::~PrimaryServer() = default;

bool PrimaryServer::start(const QString &dataDir, QString *error)
{
    if (!prepareDataDir(dataDir, error))
        return false;
    m_adminToken = m_options.adminToken.isEmpty() ? AdminToken::generate() : m_options.adminToken;
    m_adminTokenPath = QDir(dataDir).filePath(QString::fromLatin1(AdminToken::kFileName));
    if (!AdminToken::save(m_adminTokenPath, m_adminToken, error))
        return false;
    try {
        m_context = std::make_unique<PrimaryContext>(
            QDir(dataDir).filePath(QStringLiteral("primary.sqlite")));
        RecordUpgrade::run(*m_context); // before the demo: a new world is stored typed
        m_demo = DemoLoader(*m_context).load(m_options.demo, m_options.seed);
        addCommandLineSites();
        addCommandLineUsers();
        m_context->v1SyncUser = m_options.v1SyncUser;
        // Demo data comes in one transaction, hundreds of megabytes: in the
        // file before the first request, so that no sync shares the disk
        // with copying it, and the WAL's space given back.
        m_context->db.checkpointAll();
    } catch (const DatabaseError &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    m_sync = std::make_unique<SyncApi>(*m_context);
    m_admin = std::make_unique<AdminApi>(*m_context, m_adminToken);
    return listen(error);
}

bool PrimaryServer::prepareDataDir(const QString &dataDir, QString *error)
{
    // It holds the sites' password hashes and the admin token: the owner's only.
    if (QFileInfo(dataDir).isDir())
        return true;
    if (!QDir().mkpath(dataDir)
        || !QFile::setPermissions(dataDir,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("cannot create %1").arg(dataDir);
        return false;
    }
    return true;
}

void PrimaryServer::addCommandLineSites()
{
    SiteProvisioner provisioner(*m_context);
    Transaction transaction(m_context->db);
    for (const auto &[name, password] : m_options.sites) {
        if (!SiteProvisioner::isValidName(name))
            throw DatabaseError("--site: invalid site name " + name.toStdString());
        if (m_context->sites.byName(name)) {
            provisioner.setPassword(name, password);
            continue;
        }
        const Site site = provisioner.create(name, password);
        m_context->queue.rebuild(site, true);
    }
    transaction.commit();
}

void PrimaryServer::addCommandLineUsers()
{
    Transaction transaction(m_context->db);
    for (const PrimaryOptions::User &user : m_options.users) {
        const auto site = m_context->sites.byName(user.site);
        if (!site)
            throw DatabaseError("--user " + user.name.toStdString() + ": no site named "
                                + user.site.toStdString());
        m_context->users.add(user.name, user.password, site->storeId, newId());
    }
    transaction.commit();
}

bool PrimaryServer::listen(QString *error)
{
    m_http = std::make_unique<http::HttpServer>(
        [this](const HttpRequest &request) { return handle(request); });
    http::HttpServer::Limits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.maxConnections = m_options.maxConnections;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    m_http->setLimits(limits);
    m_http->setBetweenCalls([this] { workBetweenCalls(); });
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this] { workBetweenCalls(); });
    if (!m_options.tlsCertificate.isEmpty()) {
        QFile certificateFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the TLS certificate or key");
            return false;
        }
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = tr("the TLS certificate or key is not valid PEM");
            return false;
        }
        m_http->setTls(certificate, key);
    }
    if (!m_http->listen(m_options.host, m_options.port)) {
        *error = tr("cannot listen on %1:%2: %3")
                     .arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(m_http->errorString());
        return false;
    }
    return true;
}

QUrl PrimaryServer::url() const
{
    QUrl url;
    url.setScheme(m_http->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.host.toString());
    url.setPort(m_http->port());
    return url;
}

HttpResponse PrimaryServer::handle(const HttpRequest &request)
{
    ++m_context->stats.requests[QString::fromLatin1(request.method) + u' ' + request.path];
    m_quiet.start();
    if (AdminApi::handles(request.path)) {
        m_context->readAhead.settle(); // the queue as the sites left it
        return m_admin->handle(request);
    }
    if (SyncApi::handles(request.path))
        return handleSync(request);
    return ApiReply::error(404, tr("no such call: %1").arg(request.path));
}

HttpResponse PrimaryServer::handleSync(const HttpRequest &request)
{
    using Fault = FaultInjector::Fault;
    const Fault fault = m_context->faults.draw(request.path);
    if (fault != Fault::None)
        ++m_context->stats.faults[FaultInjector::name(fault)];

    HttpResponse response;
    if (fault == Fault::Stall) {
        response.delivery = HttpResponse::Delivery::Stall;
    } else if (fault == Fault::Error500) {
        response = ApiReply::error(500, tr("injected fault: internal server error"));
    } else {
        response = m_sync->handle(request);
        if (fault == Fault::Drop)
            response.delivery = HttpResponse::Delivery::Drop;
        if (fault == Fault::Truncate)
            response.delivery = HttpResponse::Delivery::Truncate;
        if (fault == Fault::Garbage) {
            response.status = 200;
            response.contentType = QByteArrayLiteral("text/html");
            response.body
                = QByteArrayLiteral("<html><body>502 Bad Gateway: upstream hiccup</body></html>");
        }
    }
    response.delayMs = m_context->faults.settings().delayMs;
    return response;
}

// While a site keeps the batch it was sent: the acknowledgement before is
// deleted and the next batch read. Once the calls stop, nothing stays held.
void PrimaryServer::workBetweenCalls()
{
    try {
        if (m_quiet.isActive())
            m_context->readAhead.work();
        else
            m_context->readAhead.rest();
    } catch (const DatabaseError &failure) {
        // The calls that come read the queue as it is; a site may be sent
        // what it acknowledged again, which it takes as it came.
        qWarning("primary-sim: reading the queue ahead failed: %s", failure.what());
    }
}

} // namespace primary
