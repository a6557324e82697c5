#include "JsonTextCheck.h"

#include "json/JsonScanner.h"

namespace primary {

QString JsonTextCheck::problem(QByteArrayView json)
{
    if (const qsizetype at = invalidUtf8At(json); at >= 0)
        return QStringLiteral("text that is not valid UTF-8 at byte %1").arg(at);
    if (const qsizetype at = satellite::JsonScanner::loneSurrogateAt(json); at >= 0)
        return QStringLiteral("a lone surrogate escape %1 at byte %2")
            .arg(QString::fromLatin1(json.sliced(at, 6).toByteArray()))
            .arg(at);
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
