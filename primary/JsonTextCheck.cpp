#include "JsonTextCheck.h"

namespace primary {

namespace {

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

// The code unit of the \uXXXX escape at `pos` (its backslash), or -1.
int escapedUnit(QByteArrayView json, qsizetype pos)
{
    if (pos + 6 > json.size() || json[pos] != '\\' || json[pos + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = pos + 2; i < pos + 6; ++i) {
        const int digit = hexValue(json[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

} // namespace

QString JsonTextCheck::problem(QByteArrayView json)
{
    if (const qsizetype at = invalidUtf8At(json); at >= 0)
        return QStringLiteral("text that is not valid UTF-8 at byte %1").arg(at);
    // Backslashes occur only inside strings in valid JSON, so every one
    // starts an escape.
    for (qsizetype pos = json.indexOf('\\'); pos >= 0; pos = json.indexOf('\\', pos)) {
        const int unit = escapedUnit(json, pos);
        if (unit < 0) {
            pos += 2; // \" \\ \n ...: the escaped character is not another escape
            continue;
        }
        const QString escape = QString::fromLatin1(json.sliced(pos, 6).toByteArray());
        if (isLowSurrogate(unit))
            return QStringLiteral("a lone surrogate escape %1 at byte %2").arg(escape).arg(pos);
        if (isHighSurrogate(unit)) {
            if (!isLowSurrogate(escapedUnit(json, pos + 6)))
                return QStringLiteral("a lone surrogate escape %1 at byte %2").arg(escape).arg(pos);
            pos += 6; // the pair's low half is fine
        }
        pos += 6;
    }
    return {};
}

qsizetype JsonTextCheck::invalidUtf8At(QByteArrayView text)
{
    const auto byte = [text](qsizetype i) { return static_cast<unsigned char>(text[i]); };
    for (qsizetype i = 0; i < text.size();) {
        const unsigned char lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The continuation bytes a lead byte needs, and the range of the
        // first one (which rules out overlong forms, surrogates and values
        // above U+10FFFF).
        int continuations = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
            if (lead == 0xE0)
                low = 0xA0;
            if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
            if (lead == 0xF0)
                low = 0x90;
            if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + continuations >= text.size())
            return i;
        for (int k = 1; k <= continuations; ++k) {
            const unsigned char next = byte(i + k);
            const unsigned char from = k == 1 ? low : 0x80;
            const unsigned char to = k == 1 ? high : 0xBF;
            if (next < from || next > to)
                return i;
        }
        i += continuations + 1;
    }
    return -1;
}

} // namespace primary
