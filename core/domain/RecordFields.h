#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace satellite {

// Reads the fields of one record's Data in either value dialect (strings or
// typed JSON, PROTOCOL.md §4): what a workflow needs from a batch, an invoice
// or a patient. Missing and empty values read as empty, 0, false, no date.
class RecordFields
{
public:
    explicit RecordFields(const QByteArray &data);

    bool isObject() const { return m_isObject; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QString text(const QString &key) const;
    double number(const QString &key) const;
    bool boolean(const QString &key) const;
    // A calendar date as written ("2026-11-30", "2026-11-30T00:00:00"); null
    // for the no-date forms. Never converted through UTC.
    QDate date(const QString &key) const;
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    bool m_isObject = false;
};

} // namespace satellite
