#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property of a parser that does not hold is a crash to libFuzzer: it keeps
// the input (crash-<sha1>) and the run fails.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::fuzz::fail(#condition, detail);                                                      \
    } while (false)

namespace fuzz {

[[noreturn]] inline void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "\nproperty does not hold: %s\n%s\n", property,
                 detail.toUtf8().constData());
    std::abort();
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Bytes made printable for a failure message.
inline QString shown(QByteArrayView raw)
{
    return QString::fromLatin1(raw.toByteArray().toPercentEncoding(" {}[]\":,.-_"));
}

} // namespace fuzz
