#include "JsonScanner.h"

namespace satellite {

namespace {
constexpr int kMaxDepth = 128;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the \uXXXX escape at `pos`, or -1 when there is none.
int escapedUnit(QByteArrayView text, qsizetype pos)
{
    if (pos + 6 > text.size() || text[pos] != '\\' || text[pos + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = pos + 2; i < pos + 6; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}
} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_text(text)
{ }

bool JsonScanner::isValid()
{
    qsizetype pos = 0;
    return skipValue(pos, 0) && atEnd(pos);
}

std::optional<QList<QByteArrayView>> JsonScanner::arrayElements()
{
    QList<QByteArrayView> elements;
    const EntryHandler collect
        = [&](QByteArrayView, QByteArrayView value) { elements.append(value); };
    if (!scanTopLevel('[', &collect))
        return std::nullopt;
    return elements;
}

std::optional<QList<JsonScanner::Member>> JsonScanner::objectMembers()
{
    QList<Member> members;
    const EntryHandler collect = [&](QByteArrayView key, QByteArrayView value) {
        members.append(Member{decodeString(key).value_or(QString()), value});
    };
    if (!scanTopLevel('{', &collect))
        return std::nullopt;
    return members;
}

bool JsonScanner::scanTopLevel(char open, const EntryHandler *onEntry)
{
    qsizetype pos = 0;
    skipSpace(pos);
    if (pos >= m_text.size() || m_text[pos] != open)
        return fail(pos, open == '[' ? "expected a JSON array" : "expected a JSON object");
    return skipContainer(pos, 0, open == '[' ? ']' : '}', open == '{', onEntry) && atEnd(pos);
}

bool JsonScanner::skipValue(qsizetype &pos, int depth)
{
    skipSpace(pos);
    if (pos >= m_text.size())
        return fail(pos, "unexpected end of JSON");
    if (depth > kMaxDepth)
        return fail(pos, "JSON nested too deeply");
    switch (m_text[pos]) {
    case '{': return skipContainer(pos, depth, '}', true, nullptr);
    case '[': return skipContainer(pos, depth, ']', false, nullptr);
    case '"': return skipString(pos);
    case 't': return skipLiteral(pos, "true");
    case 'f': return skipLiteral(pos, "false");
    case 'n': return skipLiteral(pos, "null");
    default: return skipNumber(pos);
    }
}

bool JsonScanner::skipContainer(qsizetype &pos, int depth, char close, bool object,
                                const EntryHandler *onEntry)
{
    ++pos;
    skipSpace(pos);
    if (pos < m_text.size() && m_text[pos] == close) {
        ++pos;
        return true;
    }
    for (;;) {
        skipSpace(pos);
        QByteArrayView key;
        if (object) {
            const qsizetype keyStart = pos;
            if (!skipString(pos))
                return false;
            key = m_text.sliced(keyStart, pos - keyStart);
            skipSpace(pos);
            if (pos >= m_text.size() || m_text[pos] != ':')
                return fail(pos, "expected ':' after an object key");
            ++pos;
            skipSpace(pos);
        }
        const qsizetype valueStart = pos;
        if (!skipValue(pos, depth + 1))
            return false;
        if (onEntry)
            (*onEntry)(key, m_text.sliced(valueStart, pos - valueStart));
        skipSpace(pos);
        if (pos < m_text.size() && m_text[pos] == ',') {
            ++pos;
            continue;
        }
        if (pos < m_text.size() && m_text[pos] == close) {
            ++pos;
            return true;
        }
        return fail(pos, object ? "expected ',' or '}' in object" : "expected ',' or ']' in array");
    }
}

bool JsonScanner::skipString(qsizetype &pos)
{
    if (pos >= m_text.size() || m_text[pos] != '"')
        return fail(pos, "expected a string");
    for (++pos; pos < m_text.size(); ++pos) {
        const char c = m_text[pos];
        if (c == '"') {
            ++pos;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(pos, "control character in a string");
        if (c != '\\')
            continue;
        if (++pos >= m_text.size())
            break;
        const char escaped = m_text[pos];
        if (escaped == 'u') {
            for (int i = 1; i <= 4; ++i) {
                if (pos + i >= m_text.size() || hexValue(m_text[pos + i]) < 0)
                    return fail(pos, "invalid \\u escape in a string");
            }
            pos += 4;
        } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped)) {
            return fail(pos, "invalid escape in a string");
        }
    }
    return fail(pos, "unterminated string");
}

bool JsonScanner::skipNumber(qsizetype &pos)
{
    const qsizetype start = pos;
    if (pos < m_text.size() && m_text[pos] == '-')
        ++pos;
    if (pos >= m_text.size() || !isDigit(m_text[pos]))
        return fail(start, "unexpected character");
    if (m_text[pos] == '0')
        ++pos;
    else
        while (pos < m_text.size() && isDigit(m_text[pos]))
            ++pos;
    if (pos < m_text.size() && m_text[pos] == '.') {
        ++pos;
        if (pos >= m_text.size() || !isDigit(m_text[pos]))
            return fail(pos, "digit expected after '.'");
        while (pos < m_text.size() && isDigit(m_text[pos]))
            ++pos;
    }
    if (pos < m_text.size() && (m_text[pos] == 'e' || m_text[pos] == 'E')) {
        ++pos;
        if (pos < m_text.size() && (m_text[pos] == '+' || m_text[pos] == '-'))
            ++pos;
        if (pos >= m_text.size() || !isDigit(m_text[pos]))
            return fail(pos, "digit expected in exponent");
        while (pos < m_text.size() && isDigit(m_text[pos]))
            ++pos;
    }
    return true;
}

bool JsonScanner::skipLiteral(qsizetype &pos, QByteArrayView literal)
{
    if (m_text.sliced(pos).startsWith(literal)) {
        pos += literal.size();
        return true;
    }
    return fail(pos, "unexpected character");
}

void JsonScanner::skipSpace(qsizetype &pos) const
{
    while (pos < m_text.size() && isSpace(m_text[pos]))
        ++pos;
}

bool JsonScanner::atEnd(qsizetype pos)
{
    skipSpace(pos);
    return pos == m_text.size() || fail(pos, "unexpected text after the JSON value");
}

bool JsonScanner::fail(qsizetype pos, const char *what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 at byte %2").arg(QLatin1String(what)).arg(pos);
    return false;
}

std::optional<QString> JsonScanner::decodeString(QByteArrayView raw)
{
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
        return std::nullopt;
    const QByteArrayView inner = raw.sliced(1, raw.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray utf8;
    QString result;
    auto flush = [&] {
        result += QString::fromUtf8(utf8);
        utf8.clear();
    };
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\') {
            utf8 += inner[i];
            continue;
        }
        if (++i >= inner.size())
            return std::nullopt;
        switch (inner[i]) {
        case 'b': utf8 += '\b'; break;
        case 'f': utf8 += '\f'; break;
        case 'n': utf8 += '\n'; break;
        case 'r': utf8 += '\r'; break;
        case 't': utf8 += '\t'; break;
        case 'u': {
            if (i + 4 >= inner.size())
                return std::nullopt;
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k) {
                const int value = hexValue(inner[i + k]);
                if (value < 0)
                    return std::nullopt;
                unit = char16_t(unit * 16 + value);
            }
            i += 4;
            flush();
            result += QChar(unit); // surrogate pairs arrive as two escapes
            break;
        }
        default: utf8 += inner[i]; break;
        }
    }
    flush();
    return result;
}

qsizetype JsonScanner::loneSurrogateAt(QByteArrayView json)
{
    // In valid JSON a backslash is always inside a string, starting an escape.
    for (qsizetype pos = json.indexOf('\\'); pos >= 0; pos = json.indexOf('\\', pos)) {
        const int unit = escapedUnit(json, pos);
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return pos;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = escapedUnit(json, pos + 6);
            if (next < 0xDC00 || next > 0xDFFF)
                return pos;
            pos += 6;
        }
        pos += unit < 0 ? 2 : 6; // \" \\ \n ... escape one character
    }
    return -1;
}

QByteArray JsonScanner::quote(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    appendQuoted(out, utf8);
    return out;
}

void JsonScanner::appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    qsizetype plainFrom = 0; // runs that need no escape are appended whole
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += QByteArrayLiteral("\\u00")
                + QByteArray::number(int(c), 16).rightJustified(2, '0');
        }
    }
    out.append(utf8.sliced(plainFrom));
    out += '"';
}

} // namespace satellite
