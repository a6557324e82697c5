#include "PrintableText.h"

namespace satellite::PrintableText {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi overrides
}

} // namespace

QString escaped(const QString &text)
{
    const auto firstBad
        = std::find_if(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); });
    if (firstBad == text.end())
        return text; // the common case: nothing to copy
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!needsEscape(code))
            out += c;
        else if (code <= 0xff)
            out += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(code, 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace satellite::PrintableText
