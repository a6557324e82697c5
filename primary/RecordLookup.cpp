#include "RecordLookup.h"

#include <algorithm>

namespace primary {

QList<RecordLookup::Row> RecordLookup::rows(const QString &type, const QStringList &fields)
{
    // The field names are ours, never a request's: safe to put in the SQL.
    QString columns;
    for (const QString &field : fields)
        columns += QStringLiteral(", json_extract(t, '$.%1')").arg(field);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id%1 FROM (SELECT id, CAST(data AS TEXT) AS t FROM record "
                       "WHERE type = ?) WHERE json_valid(t)")
            .arg(columns));
    query.addBindValue(type);
    PrimaryDatabase::exec(query);
    QList<Row> result;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toString();
        for (int i = 0; i < fields.size(); ++i)
            row.values.append(query.value(i + 1).toString());
        result.append(row);
    }
    query.finish();
    return result;
}

void RecordLookup::sort(QList<Row> &rows, std::initializer_list<int> columns)
{
    std::sort(rows.begin(), rows.end(), [columns](const Row &a, const Row &b) {
        for (const int column : columns) {
            if (const int order = a.values[column].compare(b.values[column], Qt::CaseInsensitive))
                return order < 0;
        }
        return a.id < b.id;
    });
}

QByteArray RecordLookup::page(const QString &type, const QList<Row> &matches, int offset, int limit,
                              const QStringList &fields, QByteArrayView tail)
{
    QByteArray out = "[";
    const qsizetype end = qMin(matches.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i) {
        const auto record = m_records.find(type, matches.at(i).id);
        if (!record)
            continue;
        JsonScanner scanner(record->data);
        const QList<JsonScanner::Member> members
            = scanner.objectMembers().value_or(QList<JsonScanner::Member>());
        if (out.size() > 1)
            out += ',';
        out += '{';
        for (const QString &field : fields) {
            if (out.back() != '{')
                out += ',';
            out += JsonScanner::quote(field) + ':';
            if (field == u"ID") {
                // The record's own ID: mobile's patients carry it as "id" in Data.
                out += JsonScanner::quote(record->id);
                continue;
            }
            QByteArrayView value = "\"\"";
            for (const JsonScanner::Member &member : members) {
                if (member.key == field && member.raw != "null")
                    value = member.raw;
            }
            out += value;
        }
        out += tail;
        out += '}';
    }
    return out + ']';
}

} // namespace primary
