#include "RecordQueries.h"

#include "SqlStatement.h"

#include <QRegularExpression>

namespace satellite {

QList<StoredRecord> RecordQueries::collect(SqlStatement &query, const QString &type)
{
    QList<StoredRecord> records;
    while (query.step())
        records.append(StoredRecord{type, query.text(0), query.bytes(1)});
    return records;
}

std::optional<StoredRecord> RecordQueries::find(const QString &type, const QString &id)
{
    SqlStatement query(m_db.handle(), "SELECT id, data FROM record WHERE type = ? AND id = ?");
    query.bind(1, type).bind(2, id);
    const QList<StoredRecord> found = collect(query, type);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<StoredRecord> RecordQueries::itemByCodeOrId(const QString &codeOrId)
{
    SqlStatement query(m_db.handle(),
                       "SELECT id, data FROM record WHERE type = 'item' "
                       "AND (code = ?1 COLLATE NOCASE OR id = ?1) ORDER BY code = ?1 DESC LIMIT 1");
    query.bind(1, codeOrId);
    const QList<StoredRecord> found = collect(query, QStringLiteral("item"));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<StoredRecord> RecordQueries::linkedTo(const QString &type, const QString &linkId,
                                            const QString &storeId)
{
    SqlStatement query(m_db.handle(),
                       "SELECT id, data FROM record WHERE type = ? AND link_id = ? "
                       "AND (?3 = '' OR store_id = ?3) ORDER BY rowid");
    query.bind(1, type).bind(2, linkId).bind(3, storeId);
    return collect(query, type);
}

QList<StoredRecord> RecordQueries::ofKind(const QString &type, const QString &kind,
                                          const QString &storeId)
{
    SqlStatement query(m_db.handle(),
                       "SELECT id, data FROM record WHERE type = ? AND kind = ? "
                       "AND (?3 = '' OR store_id = ?3) ORDER BY rowid");
    query.bind(1, type).bind(2, kind).bind(3, storeId);
    return collect(query, type);
}

QList<StoredRecord> RecordQueries::findPatients(const QStringList &words, const QString &birthDate,
                                                int limit)
{
    // One condition per word, each bound: "Ana Silva" and "silva ana" find the same.
    QString sql = QStringLiteral("SELECT id, data FROM record WHERE type = 'name' "
                                 "AND kind = 'patient'");
    if (!birthDate.isEmpty())
        sql += QStringLiteral(" AND date = ?");
    for (qsizetype i = 0; i < words.size(); ++i) {
        sql += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\'"
                              " OR coalesce(json_extract(data, '$.national_health_number'), '')"
                              " LIKE ? ESCAPE '\\')");
    }
    sql += QStringLiteral(" ORDER BY name, id LIMIT ?");
    SqlStatement query(m_db.handle(), sql.toUtf8().constData());
    int index = 1;
    if (!birthDate.isEmpty())
        query.bind(index++, birthDate);
    for (QString word : words) {
        word.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + word + u'%';
        for (int i = 0; i < 3; ++i)
            query.bind(index++, pattern);
    }
    query.bind(index, qint64(limit));
    return collect(query, QStringLiteral("name"));
}

bool RecordQueries::patientCodeTaken(const QString &code)
{
    SqlStatement query(m_db.handle(),
                       "SELECT 1 FROM record WHERE type = 'name' AND kind = 'patient' "
                       "AND code = ? COLLATE NOCASE LIMIT 1");
    query.bind(1, code);
    return query.step();
}

qint64 RecordQueries::highestPatientCodeNumber(const QString &prefix)
{
    SqlStatement query(m_db.handle(),
                       "SELECT code FROM record WHERE type = 'name' AND kind = 'patient' "
                       "AND code LIKE ? || '%'");
    query.bind(1, prefix);
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    qint64 highest = 0;
    while (query.step()) {
        const QString rest = query.text(0).mid(prefix.size());
        if (digits.match(rest).hasMatch())
            highest = std::max(highest, rest.toLongLong());
    }
    return highest;
}

} // namespace satellite
