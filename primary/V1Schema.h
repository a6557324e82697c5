#pragma once

#include "json/JsonScanner.h"
#include "PrimaryDatabase.h"

#include <QHash>
#include <QString>
#include <optional>

namespace primary {

using satellite::JsonScanner; // shared with the satellite's core

// v1 names tables and fields by number. mSupply's numbering is internal, so
// this primary makes its own: a number for each record type and field the
// first time it holds one, kept in the database and published as JSON.
class V1Schema
{
public:
    explicit V1Schema(PrimaryDatabase &db);

    int tableNumber(const QString &type);
    int fieldNumber(const QString &type, const QString &field);
    void noteFields(const QString &type, const QList<JsonScanner::Member> &members);

    std::optional<QString> typeOfTable(int number) const;
    std::optional<QString> fieldName(const QString &type, int number) const;

    QByteArray toJson() const;

private:
    void load();

    PrimaryDatabase &m_db;
    QHash<QString, int> m_tables;
    QHash<QString, QHash<QString, int>> m_fields;
    QSqlQuery m_insertTable;
    QSqlQuery m_insertField;
};

} // namespace primary
