#include "StoredValue.h"

#include <QDate>
#include <QTime>
#include <cmath>

namespace primary {

namespace {

using Kind = RecordFields::Kind;

const QByteArray kNoDate = QByteArrayLiteral("\"0000-00-00T00:00:00\"");
const QByteArray kMidnight = QByteArrayLiteral("\"00:00:00\"");

bool isString(QByteArrayView raw)
{
    return raw.startsWith('"');
}

// The text of a string value, or of any other value as written.
QString textOf(QByteArrayView raw)
{
    if (auto text = JsonScanner::decodeString(raw))
        return *text;
    return QString::fromUtf8(raw);
}

QByteArray number(QByteArrayView raw)
{
    const QString text = isString(raw) ? textOf(raw).trimmed() : QString::fromUtf8(raw);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return QByteArrayLiteral("\"0\"");
    return isString(raw) && raw.size() == text.toUtf8().size() + 2 ? raw.toByteArray()
                                                                   : JsonScanner::quote(text);
}

QByteArray boolean(QByteArrayView raw)
{
    const bool truth = raw == "true" || textOf(raw).compare(u"true", Qt::CaseInsensitive) == 0;
    return truth ? QByteArrayLiteral("\"true\"") : QByteArrayLiteral("\"false\"");
}

// The calendar day a value starts with, as written: never through a time zone.
QDate dayOf(const QString &text)
{
    return text.size() >= 10 ? QDate::fromString(text.left(10), u"yyyy-MM-dd") : QDate();
}

QByteArray date(QByteArrayView raw)
{
    const QString text = textOf(raw);
    const QDate day = dayOf(text);
    if (!day.isValid())
        return kNoDate;
    const QString stored = day.toString(u"yyyy-MM-dd") + QStringLiteral("T00:00:00");
    return text == stored ? raw.toByteArray() : JsonScanner::quote(stored);
}

QByteArray dateTime(QByteArrayView raw)
{
    const QString text = textOf(raw);
    if (!dayOf(text).isValid())
        return QByteArrayLiteral("\"\"");
    return text.size() == 10 ? JsonScanner::quote(text + QStringLiteral("T00:00:00"))
                             : raw.toByteArray();
}

QByteArray time(QByteArrayView raw)
{
    const QString text = textOf(raw).trimmed();
    bool isSeconds = false;
    const int seconds = text.toInt(&isSeconds);
    if (isSeconds) // the typed dialect: seconds since midnight
        return seconds >= 0 && seconds < 24 * 3600
            ? JsonScanner::quote(QTime(0, 0).addSecs(seconds).toString(u"HH:mm:ss"))
            : kMidnight;
    for (const char16_t *format : {u"HH:mm:ss", u"HH:mm"}) {
        const QTime parsed = QTime::fromString(text, format);
        if (parsed.isValid())
            return text.size() == 8 && isString(raw)
                ? raw.toByteArray()
                : JsonScanner::quote(parsed.toString(u"HH:mm:ss"));
    }
    return kMidnight;
}

} // namespace

QByteArrayView StoredValue::empty(Kind kind)
{
    switch (kind) {
    case Kind::Number: return "\"0\"";
    case Kind::Boolean: return "\"false\"";
    case Kind::Date: return "\"0000-00-00T00:00:00\"";
    case Kind::Time: return "\"00:00:00\"";
    case Kind::Text:
    case Kind::DateTime:
    case Kind::Json: break;
    }
    return "\"\"";
}

QByteArray StoredValue::typed(Kind kind, QByteArrayView raw)
{
    if (raw == "null")
        return empty(kind).toByteArray();
    switch (kind) {
    case Kind::Number: return number(raw);
    case Kind::Boolean: return boolean(raw);
    case Kind::Date: return date(raw);
    case Kind::DateTime: return dateTime(raw);
    case Kind::Time: return time(raw);
    case Kind::Text:
        // A number or boolean in a text field is its text; objects stay as they came.
        return raw.startsWith('{') || raw.startsWith('[') || isString(raw)
            ? raw.toByteArray()
            : JsonScanner::quote(QString::fromUtf8(raw));
    case Kind::Json: break; // kept as it came: a JSON text or an object
    }
    return raw.toByteArray();
}

} // namespace primary
