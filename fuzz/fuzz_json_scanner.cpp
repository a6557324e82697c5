// JsonScanner, which primary-sim reads every push with and the satellite its
// server's answers: no out-of-bounds read on any input, the same verdict as
// simdjson (the satellite's other reader) on the grammar, spans that are
// whole values, and strings that decode and quote back to themselves.

#include "FuzzCheck.h"
#include "GoodText.h"

#include "json/JsonScanner.h"
#include <simdjson.h>

using fuzz::shown;
using satellite::JsonScanner;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A span the scanner hands out is one value, with no space around it.
void checkSpan(QByteArrayView span)
{
    FUZZ_CHECK(!span.isEmpty() && !isJsonSpace(span.front()) && !isJsonSpace(span.back()),
               shown(span));
    FUZZ_CHECK(JsonScanner(span).isValid(), shown(span));
}

void checkQuoted(const QString &text)
{
    const QByteArray quoted = JsonScanner::quote(text);
    FUZZ_CHECK(JsonScanner(quoted).isValid(), shown(quoted));
    FUZZ_CHECK(JsonScanner::decodeString(quoted) == text, shown(quoted));
}

// Every member and element of a valid value, keys and strings included.
// Text that is not good (GoodText.h) cannot be quoted back as it came.
void checkValue(QByteArrayView value, bool goodText)
{
    checkSpan(value);
    if (value.front() == '"') {
        const auto decoded = JsonScanner::decodeString(value);
        FUZZ_CHECK(decoded, shown(value));
        if (goodText)
            checkQuoted(*decoded);
    } else if (value.front() == '[') {
        JsonScanner scanner(value);
        const auto elements = scanner.arrayElements();
        FUZZ_CHECK(elements, scanner.errorString());
        for (const QByteArrayView element : *elements)
            checkValue(element, goodText);
    } else if (value.front() == '{') {
        JsonScanner scanner(value);
        const auto members = scanner.objectMembers();
        FUZZ_CHECK(members, scanner.errorString());
        for (const JsonScanner::Member &member : *members) {
            if (goodText)
                checkQuoted(member.key);
            checkValue(member.raw, goodText);
        }
    }
}

simdjson::error_code simdjsonVerdict(QByteArrayView text)
{
    static simdjson::dom::parser parser;
    const simdjson::padded_string padded(text.data(), size_t(text.size()));
    simdjson::dom::element root;
    return parser.parse(padded).get(root);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text = fuzz::bytes(data, size);
    JsonScanner scanner(text);
    const bool valid = scanner.isValid();
    FUZZ_CHECK(valid == scanner.errorString().isEmpty(), scanner.errorString());

    // What one reader takes, the other takes: a record primary-sim accepts is
    // served to satellites, whose batch check is simdjson's. simdjson reads no
    // number beyond a double (the satellite asks the scanner then) and nests
    // deeper than the scanner's limit; the scanner leaves the text to others.
    const simdjson::error_code verdict = simdjsonVerdict(text);
    const bool goodText = fuzz::isGoodText(text);
    if (valid) {
        FUZZ_CHECK(
            !verdict || verdict == simdjson::NUMBER_ERROR
                || (!goodText
                    && (verdict == simdjson::UTF8_ERROR || verdict == simdjson::STRING_ERROR)),
            QString::fromUtf8(simdjson::error_message(verdict)) + u'\n' + shown(text));
        // What simdjson reads is good text (loneSurrogateAt agrees).
        FUZZ_CHECK(verdict || goodText, shown(text));
    } else {
        FUZZ_CHECK(verdict || scanner.errorString().contains(u"nested too deeply"),
                   scanner.errorString() + u'\n' + shown(text));
    }

    qsizetype first = 0;
    while (first < text.size() && isJsonSpace(text[first]))
        ++first;
    const char open = first < text.size() ? text[first] : '\0';
    JsonScanner arrays(text);
    const auto elements = arrays.arrayElements();
    FUZZ_CHECK(bool(elements) == (valid && open == '['), arrays.errorString());
    JsonScanner objects(text);
    const auto members = objects.objectMembers();
    FUZZ_CHECK(bool(members) == (valid && open == '{'), objects.errorString());

    if (valid)
        checkValue(text.sliced(first).trimmed(), goodText);

    // Quoting any UTF-8 gives a string that reads back as that text.
    if (simdjson::validate_utf8(text.data(), size_t(text.size()))) {
        QByteArray quoted;
        JsonScanner::appendQuoted(quoted, text);
        FUZZ_CHECK(JsonScanner(quoted).isValid(), shown(quoted));
        FUZZ_CHECK(JsonScanner::decodeString(quoted) == QString::fromUtf8(text), shown(quoted));
    }
    return 0;
}
