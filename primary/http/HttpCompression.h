#pragma once

#include <QByteArray>
#include <optional>

namespace primary::http {

// HTTP content codings for bodies both ways (RFC 9110 8.4): gzip and deflate
// (zlib-wrapped), through zlib. Replies are compressed for clients that accept
// it; request bodies a client compressed are inflated, never beyond a limit.
class HttpCompression
{
public:
    enum class Coding { Identity, Gzip, Deflate };

    // The coding to answer with for this Accept-Encoding header: gzip when
    // the client takes it, else deflate, else none (q=0 refuses a coding).
    static Coding choose(const QByteArray &acceptEncoding);
    // A Content-Encoding header's coding; nullopt for one not supported.
    static std::optional<Coding> parse(const QByteArray &contentEncoding);
    static QByteArray name(Coding coding);

    // zlib's default level: a client asks for compression over a slow line
    // (the satellite asks for identity on this computer or a LAN), where
    // 20% fewer bytes than the fastest level save far more than the time
    // (about 150 MB/s here, against 300).
    static QByteArray compress(const QByteArray &body, Coding coding, int level = 6);
    // The body as sent before its coding; nullopt when it is not valid in
    // that coding or would inflate to more than `maxBytes` (a zip bomb).
    static std::optional<QByteArray> decompress(const QByteArray &body, Coding coding,
                                                qsizetype maxBytes, bool *tooLarge = nullptr);
};

} // namespace primary::http
