#include "SyncController.h"

namespace satellite {

namespace {
void registerValueTypes()
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncOutcome>();
    qRegisterMetaType<SyncLogEntry>();
    qRegisterMetaType<LoginRequest>();
    qRegisterMetaType<SiteIdentity>();
    qRegisterMetaType<SyncError>();
    qRegisterMetaType<RemoteRequest>();
    qRegisterMetaType<RemoteAnswer>();
}
} // namespace

SyncController::SyncController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(databasePath, &m_cancel))
{
    registerValueTypes();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::progressChanged, this, &SyncController::progressChanged);
    connect(m_engine, &SyncEngine::logged, this, &SyncController::logged);
    connect(m_engine, &SyncEngine::siteFound, this, &SyncController::siteFound);
    connect(m_engine, &SyncEngine::loggedOut, this, &SyncController::loggedOut);
    connect(m_engine, &SyncEngine::recordTypesChanged, this, &SyncController::recordTypesChanged);
    connect(m_engine, &SyncEngine::remoteAnswered, this, &SyncController::remoteAnswered);
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncOutcome &outcome) {
        m_running = false;
        emit finished(outcome);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

SyncController::~SyncController()
{
    shutdown();
}

void SyncController::setTuning(const SyncEngine::Tuning &tuning)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, tuning] { engine->setTuning(tuning); }, Qt::QueuedConnection);
}

void SyncController::login(const LoginRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel.store(false); // here, not in the engine: a Cancel clicked at once must hold
    emit started();
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, request] { engine->login(request); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel.store(false);
    emit started();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::sync, Qt::QueuedConnection);
}

void SyncController::logOut()
{
    if (m_running)
        return;
    QMetaObject::invokeMethod(m_engine, &SyncEngine::logOut, Qt::QueuedConnection);
}

void SyncController::ask(const RemoteRequest &request)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, request] { engine->ask(request); }, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    m_cancel.store(true);
}

void SyncController::shutdown()
{
    if (!m_thread.isRunning())
        return;
    m_cancel.store(true);
    // The engine closes its database and network in its own thread.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace satellite
