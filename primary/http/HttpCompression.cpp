#include "HttpCompression.h"

#include <QList>
#include <zlib.h>

namespace primary::http {

namespace {

// zlib's window bits: 15 plus 16 writes a gzip wrapper, plus 32 reads either.
constexpr int kZlibWindow = 15;
constexpr int kGzipWindow = 15 + 16;
constexpr int kAnyWrapperWindow = 15 + 32;
constexpr int kRawWindow = -15;

double qualityOf(const QByteArray &parameters)
{
    for (const QByteArray &parameter : parameters.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.startsWith("q=") || trimmed.startsWith("Q=")) {
            bool ok = false;
            const double q = trimmed.mid(2).toDouble(&ok);
            return ok ? q : 0;
        }
    }
    return 1;
}

std::optional<QByteArray> inflateWith(const QByteArray &body, int windowBits, qsizetype maxBytes,
                                      bool *tooLarge)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(qMin<qsizetype>(qMax<qsizetype>(body.size() * 4, 4096), maxBytes + 1));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    int result = Z_OK;
    while (result == Z_OK) {
        if (qsizetype(stream.total_out) == out.size()) {
            if (out.size() > maxBytes)
                break;
            out.resize(qMin<qsizetype>(out.size() * 2, maxBytes + 1));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_BUF_ERROR && stream.avail_in > 0 && stream.avail_out == 0)
            result = Z_OK; // only out of room
    }
    const qsizetype produced = qsizetype(stream.total_out);
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (produced > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    if (!whole)
        return std::nullopt;
    out.resize(produced);
    return out;
}

} // namespace

HttpCompression::Coding HttpCompression::choose(const QByteArray &acceptEncoding)
{
    std::optional<double> gzip;
    std::optional<double> deflate;
    double any = 0;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const qsizetype semicolon = item.indexOf(';');
        const QByteArray token = (semicolon < 0 ? item : item.left(semicolon)).trimmed().toLower();
        const double quality = semicolon < 0 ? 1 : qualityOf(item.mid(semicolon + 1));
        if (token == "gzip" || token == "x-gzip")
            gzip = quality;
        else if (token == "deflate")
            deflate = quality;
        else if (token == "*")
            any = quality;
    }
    const double gzipQuality = gzip.value_or(any);
    const double deflateQuality = deflate.value_or(any);
    if (gzipQuality > 0 && gzipQuality >= deflateQuality)
        return Coding::Gzip;
    if (deflateQuality > 0)
        return Coding::Deflate;
    return Coding::Identity;
}

std::optional<HttpCompression::Coding> HttpCompression::parse(const QByteArray &contentEncoding)
{
    const QByteArray token = contentEncoding.trimmed().toLower();
    if (token.isEmpty() || token == "identity")
        return Coding::Identity;
    if (token == "gzip" || token == "x-gzip")
        return Coding::Gzip;
    if (token == "deflate")
        return Coding::Deflate;
    return std::nullopt;
}

QByteArray HttpCompression::name(Coding coding)
{
    switch (coding) {
    case Coding::Gzip: return QByteArrayLiteral("gzip");
    case Coding::Deflate: return QByteArrayLiteral("deflate");
    case Coding::Identity: break;
    }
    return QByteArrayLiteral("identity");
}

QByteArray HttpCompression::compress(const QByteArray &body, Coding coding, int level)
{
    if (coding == Coding::Identity)
        return body;
    z_stream stream{};
    const int window = coding == Coding::Gzip ? kGzipWindow : kZlibWindow;
    if (deflateInit2(&stream, level, Z_DEFLATED, window, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("zlib cannot start a deflate stream");
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(body.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH); // deflateBound leaves room for all of it
    Q_ASSERT(result == Z_STREAM_END);
    Q_UNUSED(result);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

std::optional<QByteArray> HttpCompression::decompress(const QByteArray &body, Coding coding,
                                                      qsizetype maxBytes, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    if (coding == Coding::Identity)
        return body;
    if (coding == Coding::Gzip)
        return inflateWith(body, kGzipWindow, maxBytes, tooLarge);
    // "deflate" is zlib-wrapped, but some clients send raw deflate: both are read.
    if (auto wrapped = inflateWith(body, kAnyWrapperWindow, maxBytes, tooLarge))
        return wrapped;
    if (tooLarge && *tooLarge)
        return std::nullopt;
    return inflateWith(body, kRawWindow, maxBytes, tooLarge);
}

} // namespace primary::http
