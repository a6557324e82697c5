#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_key(QStringLiteral("satellite-")
            + QString::fromLatin1(
                QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex()
                    .left(24)))
{ }

bool SingleInstance::claim()
{
    QLocalSocket other;
    other.connectToServer(m_key);
    if (other.waitForConnected(500)) {
        other.write("show\n");
        other.waitForBytesWritten(500);
        return false;
    }
    QLocalServer::removeServer(m_key); // left behind by a crash
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key))
        return true; // cannot guard, but this one may still run
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            emit activationRequested();
        }
    });
    return true;
}
