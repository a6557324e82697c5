#include "V1Schema.h"

#include "RecordTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace primary {

V1Schema::V1Schema(PrimaryDatabase &db)
    : m_db(db)
    , m_insertTable(db.prepare(QStringLiteral("INSERT INTO v1_table (type, number) VALUES (?, ?)")))
    , m_insertField(
          db.prepare(QStringLiteral("INSERT INTO v1_field (type, name, number) VALUES (?, ?, ?)")))
{
    load();
    for (const QString &type : RecordTypes::all())
        tableNumber(type);
}

void V1Schema::load()
{
    QSqlQuery tables = m_db.prepare(QStringLiteral("SELECT type, number FROM v1_table"));
    PrimaryDatabase::exec(tables);
    while (tables.next())
        m_tables.insert(tables.value(0).toString(), tables.value(1).toInt());
    QSqlQuery fields = m_db.prepare(QStringLiteral("SELECT type, name, number FROM v1_field"));
    PrimaryDatabase::exec(fields);
    while (fields.next())
        m_fields[fields.value(0).toString()].insert(fields.value(1).toString(),
                                                    fields.value(2).toInt());
}

int V1Schema::tableNumber(const QString &type)
{
    if (const auto found = m_tables.constFind(type); found != m_tables.cend())
        return *found;
    const int number = int(m_tables.size()) + 1;
    m_insertTable.bindValue(0, type);
    m_insertTable.bindValue(1, number);
    PrimaryDatabase::exec(m_insertTable);
    m_tables.insert(type, number);
    return number;
}

int V1Schema::fieldNumber(const QString &type, const QString &field)
{
    QHash<QString, int> &fields = m_fields[type];
    if (const auto found = fields.constFind(field); found != fields.cend())
        return *found;
    const int number = int(fields.size()) + 1;
    m_insertField.bindValue(0, type);
    m_insertField.bindValue(1, field);
    m_insertField.bindValue(2, number);
    PrimaryDatabase::exec(m_insertField);
    fields.insert(field, number);
    return number;
}

void V1Schema::noteFields(const QString &type, const QList<JsonScanner::Member> &members)
{
    tableNumber(type);
    for (const JsonScanner::Member &member : members)
        fieldNumber(type, member.key);
}

std::optional<QString> V1Schema::typeOfTable(int number) const
{
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it.value() == number)
            return it.key();
    }
    return std::nullopt;
}

std::optional<QString> V1Schema::fieldName(const QString &type, int number) const
{
    const QHash<QString, int> fields = m_fields.value(type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() == number)
            return it.key();
    }
    return std::nullopt;
}

QByteArray V1Schema::toJson() const
{
    QList<std::pair<int, QString>> tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        tables.append({it.value(), it.key()});
    std::sort(tables.begin(), tables.end());
    QJsonArray out;
    for (const auto &[number, type] : tables) {
        QJsonObject fields;
        const QHash<QString, int> known = m_fields.value(type);
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            fields.insert(it.key(), it.value());
        out.append(QJsonObject{{QStringLiteral("TableNumber"), number},
                               {QStringLiteral("RecordType"), type},
                               {QStringLiteral("fields"), fields}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("tables"), out}})
        .toJson(QJsonDocument::Compact);
}

} // namespace primary
