#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace satellite {

// v4 calls that pharmacist actions need (a patient made visible in this
// store: name_store_join), kept in the action's own transaction and made at
// the next chance, before the push, exactly once. A call the primary refused
// stays, with its words, and blocks nothing.
class PendingCalls
{
public:
    enum class State { Waiting, Refused, Done };
    struct Call
    {
        qint64 seq = 0;
        QString kind; // "name_store_join"
        QString nameId;
        QString storeId;
        State state = State::Waiting;
        int attempts = 0;
        QString lastError;
        QDateTime createdAt;
    };

    explicit PendingCalls(Database &db)
        : m_db(db)
    { }

    // Queues the call unless the same one waits or was made already; a
    // refused one waits again (the user asked anew).
    void queueNameStoreJoin(const QString &nameId, const QString &storeId);
    // Waiting, or made (the join may not have arrived with a pull yet).
    bool isQueued(const QString &nameId, const QString &storeId);
    QList<Call> waiting();
    QList<Call> all();
    qint64 count();

    void done(qint64 seq);
    void refused(qint64 seq, const QString &error);
    void attemptFailed(qint64 seq, const QString &error);

private:
    QList<Call> select(const char *sql);

    Database &m_db;
};

} // namespace satellite
