// primary-sim's reader of pushed v2 records (V2Codec::parse), fed a push body
// (an array of envelopes) or one envelope: what it accepts is a whole record,
// and, for what the push lets through to it (JsonTextCheck: good text), what
// it serves for it (write(), and append() as a pull writes rows) reads back
// as that record. The push's text check agrees with the satellite's reader.

#include "FuzzCheck.h"
#include "GoodText.h"
#include "JsonTextCheck.h"
#include "PrimaryRecordCheck.h"
#include "V2Codec.h"

using fuzz::described;
using fuzz::shown;
using primary::V2Codec;
using satellite::JsonScanner;

namespace {

void checkEnvelope(QByteArrayView envelope)
{
    // What primary-sim refuses as text is what the satellite cannot read.
    const bool goodText = primary::JsonTextCheck::problem(envelope).isEmpty();
    FUZZ_CHECK(!JsonScanner(envelope).isValid() || goodText == fuzz::isGoodText(envelope),
               primary::JsonTextCheck::problem(envelope) + u'\n' + shown(envelope));
    QString error;
    const auto record = V2Codec::parse(envelope, &error);
    FUZZ_CHECK(record || !error.isEmpty(), shown(envelope));
    if (!record)
        return;
    fuzz::checkIncoming(*record);
    if (record->syncType == u"M" || !goodText)
        return;
    const QByteArray written = V2Codec::write(fuzz::queued(*record, record->syncId));
    QByteArray appended;
    V2Codec::append(appended,
                    {record->syncId.toUtf8(), record->recordType.toUtf8(),
                     record->recordId.toUtf8(), record->syncType.toUtf8(), record->storeId.toUtf8(),
                     record->data});
    FUZZ_CHECK(written == appended, shown(written) + u'\n' + shown(appended));
    const auto again = V2Codec::parse(written, &error);
    FUZZ_CHECK(again,
               described(*record) + QStringLiteral("\nwritten: ") + shown(written) + u'\n' + error);
    FUZZ_CHECK(fuzz::sameRecord(*again, *record),
               described(*record) + QStringLiteral("\nread back: ") + described(*again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body = fuzz::bytes(data, size);
    JsonScanner scanner(body);
    if (const auto elements = scanner.arrayElements()) {
        for (const QByteArrayView element : *elements)
            checkEnvelope(element);
    } else {
        checkEnvelope(body);
    }
    return 0;
}
