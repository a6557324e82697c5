// RecordProjection: the columns the satellite derives from a record's Data
// (both dialects), for every record type it projects. The first byte picks
// the record type, the rest is Data. Read alone or in place inside a larger
// batch (whatever follows it), Data gives the same columns, and what it
// accepts as Data the primary's scanner reads too.

#include "FuzzCheck.h"
#include "WireRecordCheck.h"
#include "store/RecordProjection.h"

#include "json/JsonScanner.h"
#include <QDate>
#include <iterator>
#include <simdjson.h>

using fuzz::shown;
using satellite::JsonScanner;
using satellite::RecordProjection;

namespace {

// The types core/store/ProjectionReader.cpp projects, and one it does not.
const char *const kTypes[] = {
    "item",
    "item_line",
    "name",
    "name_store_join",
    "item_store_join",
    "transact",
    "trans_line",
    "clinician",
    "store",
    "unit",
    "item_category",
    "Location",
    "list_master_line",
    "requisition_line",
    "Stock_take_lines",
    "unknown_type",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const QString type = QString::fromLatin1(kTypes[bytes[0] % std::size(kTypes)]);
    const QByteArrayView data = fuzz::bytes(bytes + 1, size - 1);
    const auto what = [&] { return QString(type + QStringLiteral(": ") + shown(data)); };

    QString problem;
    const auto projection = RecordProjection::of(type, data, &problem);
    FUZZ_CHECK(projection || !problem.isEmpty(), what());
    if (!projection)
        return 0;

    // In a batch Data is read in place, followed by the rest of the batch.
    QByteArray batch = data.toByteArray();
    batch += ",\"ID\":\"after\",\"item_ID\":[1,{\"x\":\"\\\"}]}]";
    batch += QByteArray(qsizetype(simdjson::SIMDJSON_PADDING), '}');
    QString inPlaceProblem;
    const auto inPlace = RecordProjection::ofPadded(type, QByteArrayView(batch).first(data.size()),
                                                    &inPlaceProblem);
    FUZZ_CHECK(inPlace && fuzz::sameProjection(*inPlace, *projection),
               what() + u'\n' + inPlaceProblem);

    FUZZ_CHECK(
        projection->date.isEmpty()
            || (projection->date.size() == 10
                && QDate::fromString(QString::fromLatin1(projection->date), Qt::ISODate).isValid()),
        what());

    // The satellite pushes Data back as it came: primary-sim must read it.
    JsonScanner scanner(data);
    FUZZ_CHECK(scanner.objectMembers() || scanner.errorString().contains(u"nested too deeply"),
               what() + u'\n' + scanner.errorString());
    return 0;
}
