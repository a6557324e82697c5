#pragma once

#include "RecordProjection.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <simdjson.h>
#include <string_view>

namespace satellite {

// Reads a record's derived columns (RecordProjection) from its Data while
// simdjson's on-demand parser walks it, in one pass over Data's members (the
// first occurrence of a key counts). For the core's own parsing code: simdjson
// is not part of the core's interface.
class ProjectionReader
{
public:
    explicit ProjectionReader(const QString &recordType);

    // nullopt with `problem` set when a field the projection needs holds a
    // value of an impossible type. May stop inside `data`: the parser skips
    // what is left when the caller reads on.
    std::optional<RecordProjection> read(simdjson::ondemand::object data, QString *problem);

    // "2016-07-19T00:00:00", "2016-07-19" -> "2016-07-19"; no-date forms -> "";
    // nullopt when it is not a date.
    static std::optional<QByteArray> calendarDay(std::string_view text);

private:
    enum class ValueKind { Text, Number, Date, Boolean, Identifier };

    struct Field
    {
        std::string_view key;
        ValueKind kind = ValueKind::Text;
        QByteArray *target = nullptr;
        bool seen = false;
    };

    void add(const char *key, ValueKind kind, QByteArray *target);
    Field *find(std::string_view key);
    std::optional<RecordProjection> fail(QString *problem, const QString &text);
    static std::optional<QByteArray> columnValue(simdjson::ondemand::value value, ValueKind kind);
    static QString describeKind(ValueKind kind);

    QString m_recordType;
    RecordProjection m_projection;
    QByteArray m_units, m_packSize, m_available, m_hold;
    bool m_hasPackSize = false;
    Field m_fields[11];
    int m_fieldCount = 0;
};

} // namespace satellite
