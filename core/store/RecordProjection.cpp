#include "RecordProjection.h"

#include "ProjectionReader.h"

#include "json/JsonScanner.h"

namespace satellite {

std::optional<QString> RecordProjection::calendarDate(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const auto day
        = ProjectionReader::calendarDay(std::string_view(utf8.constData(), size_t(utf8.size())));
    return day ? std::optional<QString>(QString::fromLatin1(*day)) : std::nullopt;
}

std::optional<RecordProjection> RecordProjection::of(const QString &recordType, QByteArrayView data,
                                                     QString *problem)
{
    const simdjson::padded_string padded(data.data(), size_t(data.size()));
    // ofPadded() reads only what it needs: check all of it first.
    thread_local simdjson::dom::parser validator;
    simdjson::dom::element root;
    const auto error = validator.parse(padded).get(root);
    if (error == simdjson::NUMBER_ERROR) {
        // Valid JSON may hold a number beyond a double, as pulled batches do
        // (WireFormat takes them): the scanner checks the grammar then, and
        // the escapes simdjson would have checked after the number.
        JsonScanner scanner(data);
        if (!scanner.objectMembers()) {
            *problem = QStringLiteral("Data is not a JSON object: %1").arg(scanner.errorString());
            return std::nullopt;
        }
        if (const qsizetype at = JsonScanner::loneSurrogateAt(data); at >= 0) {
            *problem = QStringLiteral("Data holds a lone surrogate escaped at byte %1").arg(at);
            return std::nullopt;
        }
    } else if (error || !root.is_object()) {
        *problem = QStringLiteral("Data is not a JSON object: %1")
                       .arg(error ? QString::fromUtf8(simdjson::error_message(error))
                                  : QStringLiteral("another kind of value"));
        return std::nullopt;
    }
    return ofPadded(recordType, QByteArrayView(padded.data(), qsizetype(padded.size())), problem);
}

std::optional<RecordProjection> RecordProjection::ofPadded(const QString &recordType,
                                                           QByteArrayView data, QString *problem)
{
    thread_local simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::ondemand::object object;
    const simdjson::padded_string_view json(data.data(), size_t(data.size()),
                                            size_t(data.size()) + simdjson::SIMDJSON_PADDING);
    if (parser.iterate(json).get(document) || document.get_object().get(object)) {
        *problem = QStringLiteral("Data is not a JSON object");
        return std::nullopt;
    }
    return ProjectionReader(recordType).read(object, problem);
}

} // namespace satellite
