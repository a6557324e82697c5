#pragma once

#include "PrimaryDatabase.h"

#include "json/JsonScanner.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace primary {

using satellite::JsonScanner; // shared with the satellite's core

// Who may see a record; see the record table in 001_initial.sql.
enum class RecordScope { Everyone = 0, Store = 1, Patient = 2 };

struct StoredRecord
{
    qint64 rowid = 0; // never reused, so queue rows can point at it
    QString type;
    QString id;
    RecordScope scope = RecordScope::Everyone;
    QString storeId;
    QString linkId;
    int flags = 0;
    QByteArray data;

    static constexpr int InactiveJoin = 1;
    static constexpr int History = 2; // left out of the mobile subset
};

// The records the primary holds, Data kept byte for byte, with the columns that
// decide which sites see them derived from Data on every write.
class RecordStore
{
public:
    explicit RecordStore(PrimaryDatabase &db);

    // Inserts or replaces; `members` are Data's members as scanned.
    StoredRecord upsert(const QString &type, const QString &id, const QByteArray &data,
                        const QList<JsonScanner::Member> &members);
    // Lines written before their parent, or before it changed store or became
    // history, take its store and history flag again. Returns those that moved
    // to another store.
    QList<StoredRecord> resettleChildren(const StoredRecord &parent);
    bool remove(const QString &type, const QString &id);
    std::optional<StoredRecord> find(const QString &type, const QString &id);
    QList<StoredRecord> ofType(const QString &type);
    QList<StoredRecord> linkedTo(const QString &type, const QString &linkId);
    // Records of `types` whose Data holds the string `id` somewhere.
    QList<StoredRecord> mentioning(const QStringList &types, const QString &id);
    // Every reference field that names `removedId` (MergeReferences) now names
    // `keptId`; then `removedId` goes. Returns the records that changed.
    QList<StoredRecord> merge(const QString &type, const QString &keptId, const QString &removedId);
    qint64 count();

    // The string value of a member, or its raw JSON text when it is not a string.
    static QString memberText(const QList<JsonScanner::Member> &members, QStringView key);

private:
    StoredRecord classify(const QString &type, const QString &id,
                          const QList<JsonScanner::Member> &members);
    QList<StoredRecord> select(QSqlQuery &query);
    qint64 write(const StoredRecord &record); // returns the rowid

    PrimaryDatabase &m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_find;
};

} // namespace primary
