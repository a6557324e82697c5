#include "DemoJsonWriter.h"

#include <charconv>

namespace primary {

namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || uchar(c) < 0x20;
}

} // namespace

DemoJsonWriter::DemoJsonWriter()
{
    m_buffer.reserve(4096);
    m_buffer.append('{');
}

void DemoJsonWriter::openValue(QByteArrayView key)
{
    if (m_buffer.size() > 1)
        m_buffer.append(',');
    m_buffer.append('"');
    m_buffer.append(key);
    m_buffer.append("\":\"", 3);
}

void DemoJsonWriter::text(QByteArrayView key, QByteArrayView utf8)
{
    openValue(key);
    appendEscaped(utf8);
    closeValue();
}

void DemoJsonWriter::plain(QByteArrayView key, QByteArrayView ascii)
{
    openValue(key);
    m_buffer.append(ascii);
    closeValue();
}

void DemoJsonWriter::number(QByteArrayView key, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    plain(key, QByteArrayView(digits, end - digits));
}

void DemoJsonWriter::money(QByteArrayView key, qint64 cents)
{
    // Integer cents keep totals exact: a total is the sum of its lines.
    char digits[32];
    char *end = digits;
    if (cents < 0) {
        *end++ = '-';
        cents = -cents;
    }
    end = std::to_chars(end, digits + sizeof digits, cents / 100).ptr;
    const int fraction = int(cents % 100);
    if (fraction != 0) {
        *end++ = '.';
        *end++ = char('0' + fraction / 10);
        if (fraction % 10 != 0)
            *end++ = char('0' + fraction % 10);
    }
    plain(key, QByteArrayView(digits, end - digits));
}

void DemoJsonWriter::boolean(QByteArrayView key, bool value)
{
    plain(key, value ? QByteArrayView("true") : QByteArrayView("false"));
}

void DemoJsonWriter::time(QByteArrayView key, int secondsOfDay)
{
    Q_ASSERT(secondsOfDay >= 0 && secondsOfDay < 24 * 3600);
    const int parts[3] = {secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60};
    char text[8];
    for (int i = 0; i < 3; ++i) {
        text[i * 3] = char('0' + parts[i] / 10);
        text[i * 3 + 1] = char('0' + parts[i] % 10);
        if (i < 2)
            text[i * 3 + 2] = ':';
    }
    plain(key, QByteArrayView(text, 8));
}

QByteArray DemoJsonWriter::take()
{
    m_buffer.append('}');
    // A right-sized copy: the reused buffer keeps its capacity for the next record.
    QByteArray result(m_buffer.constData(), m_buffer.size());
    m_buffer.resize(1);
    return result;
}

void DemoJsonWriter::appendEscaped(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (!needsEscape(c))
            continue;
        m_buffer.append(utf8.sliced(start, i - start));
        start = i + 1;
        if (c == '"' || c == '\\') {
            m_buffer.append('\\');
            m_buffer.append(c);
        } else if (c == '\n') {
            m_buffer.append("\\n", 2);
        } else if (c == '\t') {
            m_buffer.append("\\t", 2);
        } else {
            const char escape[] = {'\\', 'u', '0', '0', hex[uchar(c) >> 4], hex[uchar(c) & 0xF]};
            m_buffer.append(escape, sizeof escape);
        }
    }
    m_buffer.append(utf8.sliced(start));
}

} // namespace primary
