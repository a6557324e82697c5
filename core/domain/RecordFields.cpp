#include "RecordFields.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace satellite {

RecordFields::RecordFields(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    m_isObject = document.isObject();
    m_object = document.object();
}

QString RecordFields::text(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return {};
    }
}

double RecordFields::number(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    return ok ? parsed : 0.0;
}

bool RecordFields::boolean(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    return value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
}

QDate RecordFields::date(const QString &key) const
{
    return QDate::fromString(text(key).left(10), Qt::ISODate);
}

} // namespace satellite
