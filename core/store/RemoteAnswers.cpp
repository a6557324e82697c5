#include "RemoteAnswers.h"

#include "SqlStatement.h"

namespace satellite {

void RemoteAnswers::keep(const QString &kind, const QString &key, const QByteArray &body)
{
    SqlStatement(m_db.handle(),
                 "INSERT INTO remote_answer (kind, key, fetched_at, body) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (kind, key) DO UPDATE SET fetched_at = excluded.fetched_at, "
                 "body = excluded.body")
        .bind(1, kind)
        .bind(2, key)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bindBlob(4, body)
        .run();
}

std::optional<RemoteAnswers::Answer> RemoteAnswers::find(const QString &kind, const QString &key)
{
    SqlStatement query(m_db.handle(),
                       "SELECT fetched_at, body FROM remote_answer WHERE kind = ? AND key = ?");
    query.bind(1, kind).bind(2, key);
    if (!query.step())
        return std::nullopt;
    return Answer{QDateTime::fromString(query.text(0), Qt::ISODateWithMs), query.bytes(1)};
}

} // namespace satellite
