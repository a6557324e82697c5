#pragma once

#include "PrimaryDatabase.h"
#include "RecordStore.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <initializer_list>

namespace primary {

// What the v4 lookups share: a record type's IDs with the few fields a search
// looks at, read by SQLite from Data (not by parsing every record here), and a
// page of results written from the records' stored Data.
class RecordLookup
{
public:
    struct Row
    {
        QString id;
        QStringList values; // in the order of the fields asked for; "" when missing
    };

    RecordLookup(PrimaryDatabase &db, RecordStore &records)
        : m_db(db)
        , m_records(records)
    { }

    QList<Row> rows(const QString &type, const QStringList &fields);
    // By the values in `columns` (ignoring case), then by ID: a stable order,
    // so that paging through the results meets each record once.
    static void sort(QList<Row> &rows, std::initializer_list<int> columns);

    // A JSON array of rows [offset, offset + limit) of `matches`: per record,
    // `fields` with their values as stored (missing ones as ""; "ID" is always
    // the record's ID), then `tail`
    // (further members, e.g. ",\"nameNotes\":[]").
    QByteArray page(const QString &type, const QList<Row> &matches, int offset, int limit,
                    const QStringList &fields, QByteArrayView tail);

private:
    PrimaryDatabase &m_db;
    RecordStore &m_records;
};

} // namespace primary
