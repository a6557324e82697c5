#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace satellite {

// One screen's list as the store reads it: what each column shows (its SQL,
// also what it sorts by), the rows it comes from, which of them (a `?` for
// each value, bound, never pasted in), how rows group, what a search looks
// in, and the order it starts in. ScreenQueries writes them, ScreenQueryRunner
// runs them; the screens know the columns by key only and hold no SQL.
struct ScreenQuery
{
    // How a column's values are read back.
    enum class Kind { Text, Integer, Real };

    struct Column
    {
        QString key; // the screen's name for it: "name", "onHand", ...
        QString sql;
        Kind kind = Kind::Text;
    };

    QString idSql; // the record's ID: the first value of every row
    QList<Column> columns;
    QString from;
    QString where; // empty: every row
    QVariantList parameters; // one for each `?` of `from`, then of `where`, in order
    QString groupBy;
    QString having; // a condition on the groups; empty: every group
    QVariantList havingParameters; // one for each `?` of `having`
    // A search keeps the rows where each typed word is in one of these: "Ana
    // Silva" finds "Silva, Ana".
    QStringList searchIn;
    // Also where a typed word holding a digit is looked for: numbers read from
    // the record's JSON (a national health number), too slow to read for
    // every word of a name.
    QStringList searchNumbersIn;
    QString defaultSort; // a column's key
    bool defaultDescending = false; // newest first, ...

    // A column's position by key; -1 when there is none.
    qsizetype indexOf(const QString &key) const
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
};

} // namespace satellite
