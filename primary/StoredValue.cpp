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

// The bytes between the quotes of a string without escapes, else nullopt.
std::optional<QByteArrayView> plainText(QByteArrayView raw)
{
    if (raw.size() < 2 || !isString(raw) || raw.contains('\\'))
        return std::nullopt;
    return raw.sliced(1, raw.size() - 2);
}

// The text of a string value, or of any other value as written.
QString textOf(QByteArrayView raw)
{
    if (auto text = JsonScanner::decodeString(raw))
        return *text;
    return QString::fromUtf8(raw);
}

std::optional<QByteArray> changed(QByteArray stored, QByteArrayView raw)
{
    return stored == raw ? std::nullopt : std::optional(std::move(stored));
}

bool isDigits(QByteArrayView text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

std::optional<QByteArray> number(QByteArrayView raw)
{
    if (const auto plain = plainText(raw); plain && !plain->isEmpty()) {
        bool ok = false;
        const double value = plain->toDouble(&ok);
        if (ok && std::isfinite(value) && plain->front() != ' ' && plain->back() != ' ')
            return std::nullopt;
    }
    const QString text = isString(raw) ? textOf(raw).trimmed() : QString::fromUtf8(raw);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return QByteArrayLiteral("\"0\"");
    return changed(JsonScanner::quote(text), raw);
}

std::optional<QByteArray> boolean(QByteArrayView raw)
{
    if (raw == "\"true\"" || raw == "\"false\"")
        return std::nullopt;
    const bool truth = raw == "true" || textOf(raw).compare(u"true", Qt::CaseInsensitive) == 0;
    return truth ? QByteArrayLiteral("\"true\"") : QByteArrayLiteral("\"false\"");
}

// The calendar day a value starts with, as written: never through a time zone.
QDate dayOf(const QString &text)
{
    return text.size() >= 10 ? QDate::fromString(text.left(10), u"yyyy-MM-dd") : QDate();
}

std::optional<QByteArray> date(QByteArrayView raw)
{
    // "YYYY-MM-DDT00:00:00" as stored already (or no date): kept.
    if (raw == kNoDate)
        return std::nullopt;
    if (const auto plain = plainText(raw); plain && plain->size() == 19
        && plain->endsWith("T00:00:00") && isDigits(*plain, 0, 4) && (*plain)[4] == '-'
        && isDigits(*plain, 5, 2) && (*plain)[7] == '-' && isDigits(*plain, 8, 2)
        && QDate(plain->first(4).toInt(), plain->sliced(5, 2).toInt(), plain->sliced(8, 2).toInt())
               .isValid())
        return std::nullopt;
    const QDate day = dayOf(textOf(raw));
    if (!day.isValid())
        return kNoDate;
    return JsonScanner::quote(day.toString(u"yyyy-MM-dd") + QStringLiteral("T00:00:00"));
}

std::optional<QByteArray> dateTime(QByteArrayView raw)
{
    if (raw == "\"\"")
        return std::nullopt;
    const QString text = textOf(raw);
    if (!dayOf(text).isValid())
        return QByteArrayLiteral("\"\"");
    if (text.size() == 10)
        return JsonScanner::quote(text + QStringLiteral("T00:00:00"));
    return isString(raw) ? std::nullopt : std::optional(JsonScanner::quote(text));
}

std::optional<QByteArray> time(QByteArrayView raw)
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
            return changed(JsonScanner::quote(parsed.toString(u"HH:mm:ss")), raw);
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

std::optional<QByteArray> StoredValue::typed(Kind kind, QByteArrayView raw)
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
    case Kind::Json:
        // v2 is all strings: a number, boolean, object or array is kept as its
        // JSON text (mobile's parseJsonString reads custom_data, programSettings
        // only so; an object would stop its whole batch).
        if (isString(raw))
            return std::nullopt;
        return JsonScanner::quote(QString::fromUtf8(raw));
    }
    return std::nullopt;
}

} // namespace primary
