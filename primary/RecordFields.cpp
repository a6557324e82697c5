#include "RecordFields.h"

#include "StoredValue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

namespace primary {

namespace {

RecordFields::Kind kindNamed(const QString &name)
{
    using Kind = RecordFields::Kind;
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("text"), Kind::Text},         {QStringLiteral("number"), Kind::Number},
        {QStringLiteral("boolean"), Kind::Boolean},   {QStringLiteral("date"), Kind::Date},
        {QStringLiteral("datetime"), Kind::DateTime}, {QStringLiteral("time"), Kind::Time},
        {QStringLiteral("json"), Kind::Json},
    };
    return kinds.value(name, Kind::Text);
}

QHash<QString, RecordFields::Table> loadTables()
{
    QFile file(QStringLiteral(":/primary/record_fields.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("primary-sim: the record field sets are missing from the build");
    const QJsonObject types = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, RecordFields::Table> tables;
    for (auto type = types.begin(); type != types.end(); ++type) {
        RecordFields::Table table;
        for (const QJsonValue &entry : type.value().toArray()) {
            const QJsonArray pair = entry.toArray();
            const QString name = pair.at(0).toString();
            table.byName.insert(name, table.fields.size());
            table.byLowerName.insert(name.toLower(), table.fields.size());
            table.fields.append({name, JsonScanner::quote(name), kindNamed(pair.at(1).toString())});
        }
        tables.insert(type.key(), table);
    }
    return tables;
}

} // namespace

const RecordFields::Table *RecordFields::table(QStringView type)
{
    static const QHash<QString, Table> tables = loadTables();
    const auto found = tables.constFind(type.toString());
    return found == tables.cend() ? nullptr : &found.value();
}

QByteArray RecordFields::complete(QStringView type, const QString &id, const QByteArray &data,
                                  const QList<JsonScanner::Member> &members)
{
    const Table *fields = table(type);
    if (!fields)
        return data;
    QByteArray out;
    out.reserve(data.size() + fields->fields.size() * 24);
    out += '{';
    QVarLengthArray<bool, 128> present(fields->fields.size(), false);
    bool changed = false;
    const auto append = [&out](QByteArrayView quotedKey, QByteArrayView value) {
        if (out.size() > 1)
            out += ',';
        out += quotedKey;
        out += ':';
        out += value;
    };
    for (const JsonScanner::Member &member : members) {
        qsizetype index = fields->byName.value(member.key, -1);
        if (index < 0)
            index = fields->byLowerName.value(member.key.toLower(), -1);
        if (index < 0) {
            append(JsonScanner::quote(member.key), member.raw); // not the table's: as it came
            continue;
        }
        changed = changed || present[index]; // a second spelling of a field is dropped
        if (present[index])
            continue;
        present[index] = true;
        const Field &field = fields->fields.at(index);
        const std::optional<QByteArray> value = StoredValue::typed(field.kind, member.raw);
        changed = changed || value || member.key != field.name;
        append(field.quotedName, value ? QByteArrayView(*value) : member.raw);
    }
    for (qsizetype i = 0; i < fields->fields.size(); ++i) {
        if (present[i])
            continue;
        changed = true;
        const Field &field = fields->fields.at(i);
        if (field.name.compare(u"id", Qt::CaseInsensitive) == 0)
            append(field.quotedName, JsonScanner::quote(id));
        else
            append(field.quotedName, StoredValue::empty(field.kind));
    }
    out += '}';
    return changed ? out : data;
}

} // namespace primary
