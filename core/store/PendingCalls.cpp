#include "PendingCalls.h"

#include "PrintableText.h"
#include "SqlStatement.h"

namespace satellite {

namespace {
const QString kNameStoreJoin = QStringLiteral("name_store_join");
}

void PendingCalls::queueNameStoreJoin(const QString &nameId, const QString &storeId)
{
    SqlStatement(m_db.handle(),
                 "INSERT INTO pending_call (kind, name_id, store_id, created_at) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT (kind, name_id, store_id) "
                 "DO UPDATE SET state = 'waiting' WHERE state = 'refused'")
        .bind(1, kNameStoreJoin)
        .bind(2, nameId)
        .bind(3, storeId)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .run();
}

bool PendingCalls::isQueued(const QString &nameId, const QString &storeId)
{
    SqlStatement find(m_db.handle(),
                      "SELECT 1 FROM pending_call WHERE kind = ? AND name_id = ? AND store_id = ? "
                      "AND state IN ('waiting', 'done')");
    find.bind(1, kNameStoreJoin).bind(2, nameId).bind(3, storeId);
    return find.step();
}

QList<PendingCalls::Call> PendingCalls::select(const char *sql)
{
    SqlStatement query(m_db.handle(), sql);
    QList<Call> calls;
    while (query.step()) {
        Call call;
        call.seq = query.integer(0);
        call.kind = query.text(1);
        call.nameId = query.text(2);
        call.storeId = query.text(3);
        const QString state = query.text(4);
        call.state = state == u"refused" ? State::Refused
            : state == u"done"           ? State::Done
                                         : State::Waiting;
        call.attempts = int(query.integer(5));
        call.lastError = query.text(6);
        call.createdAt = QDateTime::fromString(query.text(7), Qt::ISODateWithMs);
        calls.append(call);
    }
    return calls;
}

QList<PendingCalls::Call> PendingCalls::waiting()
{
    return select("SELECT seq, kind, name_id, store_id, state, attempts, last_error, created_at "
                  "FROM pending_call WHERE state = 'waiting' ORDER BY seq");
}

QList<PendingCalls::Call> PendingCalls::all()
{
    return select("SELECT seq, kind, name_id, store_id, state, attempts, last_error, created_at "
                  "FROM pending_call ORDER BY seq");
}

qint64 PendingCalls::count()
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM pending_call WHERE state = 'waiting'");
    return query.step() ? query.integer(0) : 0;
}

void PendingCalls::done(qint64 seq)
{
    // Kept as made: until the pull brings the join, the patient is not yet
    // visible here, and the call must not be made again.
    SqlStatement(m_db.handle(), "UPDATE pending_call SET state = 'done' WHERE seq = ?")
        .bind(1, seq)
        .run();
}

void PendingCalls::refused(qint64 seq, const QString &error)
{
    SqlStatement(m_db.handle(),
                 "UPDATE pending_call SET state = 'refused', attempts = attempts + 1, "
                 "last_error = ? WHERE seq = ?")
        .bind(1, PrintableText::escaped(error))
        .bind(2, seq)
        .run();
}

void PendingCalls::attemptFailed(qint64 seq, const QString &error)
{
    SqlStatement(m_db.handle(),
                 "UPDATE pending_call SET attempts = attempts + 1, last_error = ? WHERE seq = ?")
        .bind(1, error)
        .bind(2, seq)
        .run();
}

} // namespace satellite
