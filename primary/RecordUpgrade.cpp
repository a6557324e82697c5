#include "RecordUpgrade.h"

#include "RecordFields.h"

namespace primary {

namespace {
const QString kKey = QStringLiteral("records_typed");
constexpr int kPage = 1000; // records read at a time: a large world is never all in memory
} // namespace

qint64 RecordUpgrade::run(PrimaryContext &context)
{
    if (!context.db.meta(kKey).isEmpty())
        return 0;
    Transaction transaction(context.db);
    qint64 changed = 0;
    qint64 after = 0;
    QSqlQuery page = context.db.prepare(QStringLiteral(
        "SELECT rowid, type, id, data FROM record WHERE rowid > ? ORDER BY rowid LIMIT ?"));
    for (;;) {
        page.bindValue(0, after);
        page.bindValue(1, kPage);
        PrimaryDatabase::exec(page);
        struct Row
        {
            QString type, id;
            QByteArray data;
        };
        QList<Row> rows;
        while (page.next()) {
            after = page.value(0).toLongLong();
            rows.append(
                {page.value(1).toString(), page.value(2).toString(), page.value(3).toByteArray()});
        }
        page.finish();
        if (rows.isEmpty())
            break;
        for (const Row &row : rows) {
            JsonScanner scanner(row.data);
            const auto members = scanner.objectMembers();
            if (!members)
                continue;
            const QByteArray typed = RecordFields::complete(row.type, row.id, row.data, *members);
            if (typed.constData() == row.data.constData())
                continue;
            JsonScanner completed(typed);
            context.records.upsert(
                row.type, row.id, typed,
                completed.objectMembers().value_or(QList<JsonScanner::Member>()));
            ++changed;
        }
    }
    context.db.setMeta(kKey, QStringLiteral("1"));
    transaction.commit();
    return changed;
}

} // namespace primary
