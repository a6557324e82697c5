#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace satellite {

// An edit of a record's Data that keeps every other byte as it came: the
// values of the fields set here are replaced where they stand, fields the
// record lacks are added at its end. Applied to "{}" it writes a new record.
class RecordPatch
{
public:
    // `rawJson` is a JSON value (see WireValue).
    RecordPatch &set(const QString &key, const QByteArray &rawJson);
    bool isEmpty() const { return m_values.isEmpty(); }

    // Throws StoreError when `data` is not a JSON object.
    QByteArray appliedTo(const QByteArray &data) const;

private:
    struct Value
    {
        QString key;
        QByteArray raw;
    };
    QList<Value> m_values;
};

} // namespace satellite
