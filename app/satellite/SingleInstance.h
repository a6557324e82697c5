#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One desktop app per database: a second start asks the first to come to the
// front and then leaves.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);

    // True for the first instance (which now listens); false when another runs,
    // after asking it to show itself.
    bool claim();

signals:
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};
