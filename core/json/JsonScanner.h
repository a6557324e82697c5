#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace satellite {

// Validates JSON strictly and finds the raw bytes of values without building a
// document, so that a record's Data can be stored and sent back byte for byte.
class JsonScanner
{
public:
    struct Member
    {
        QString key;
        QByteArrayView raw; // the value's JSON text, exactly as received
    };

    explicit JsonScanner(QByteArrayView text);

    // The whole text is exactly one JSON value (surrounding whitespace allowed).
    bool isValid();
    // The elements of a top-level array, or nullopt when the text is not one.
    std::optional<QList<QByteArrayView>> arrayElements();
    // The members of a top-level object, in order, or nullopt when it is not one.
    std::optional<QList<Member>> objectMembers();

    // Where and why the text is not what was asked for.
    QString errorString() const { return m_error; }

    // The text of a raw JSON string token (quotes included); nullopt if `raw`
    // is not a string.
    static std::optional<QString> decodeString(QByteArrayView raw);
    // A JSON string literal for `text`.
    static QByteArray quote(QStringView text);
    // quote() for UTF-8 bytes, appended to `out`.
    static void appendQuoted(QByteArray &out, QByteArrayView utf8);
    // Where the first \u escape of a lone surrogate starts in valid JSON, or
    // -1. The grammar allows one, but it is no text: simdjson refuses it.
    static qsizetype loneSurrogateAt(QByteArrayView json);

private:
    // Called with each entry of the top-level container: key (raw, empty in
    // an array) and value.
    using EntryHandler = std::function<void(QByteArrayView key, QByteArrayView value)>;

    bool scanTopLevel(char open, const EntryHandler *onEntry);
    bool skipValue(qsizetype &pos, int depth);
    bool skipString(qsizetype &pos);
    bool skipNumber(qsizetype &pos);
    bool skipLiteral(qsizetype &pos, QByteArrayView literal);
    bool skipContainer(qsizetype &pos, int depth, char close, bool object,
                       const EntryHandler *onEntry);
    void skipSpace(qsizetype &pos) const;
    bool fail(qsizetype pos, const char *what);
    bool atEnd(qsizetype pos);

    QByteArrayView m_text;
    QString m_error;
};

} // namespace satellite
