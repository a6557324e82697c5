// primary-sim's reader of pushed v1 records (V1Codec::parse, numbers for
// tables and fields from V1Schema), fed a push body or one envelope: what it
// accepts is a whole record, and, for what the push lets through to it (JSON
// by the scanner, good text by JsonTextCheck), what it serves for it
// (V1Codec::write) reads back as that record. The schema knows the fields below (the seeds use
// their numbers: tables in RecordTypes::all() order, fields in this order).

#include "FuzzCheck.h"
#include "JsonTextCheck.h"
#include "PrimaryDatabase.h"
#include "PrimaryRecordCheck.h"
#include "V1Codec.h"
#include "V1Schema.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using fuzz::described;
using fuzz::shown;
using primary::V1Codec;
using satellite::JsonScanner;

namespace {

struct KnownFields
{
    const char *type;
    QList<const char *> fields;
};

const KnownFields kKnown[] = {
    {"item", {"ID", "code", "item_name", "type_of", "category_ID", "unit_ID", "default_pack_size"}},
    {"item_line",
     {"ID", "item_ID", "store_ID", "batch", "expiry_date", "quantity", "pack_size", "available",
      "hold", "cost_price"}},
    {"name", {"ID", "name", "code", "type", "date_of_birth", "first", "last", "customer"}},
    {"transact", {"ID", "name_ID", "store_ID", "invoice_num", "type", "status", "confirm_date"}},
};

// A primary's database and numbering, made once: parsing changes neither.
struct Primary
{
    QTemporaryDir dir;
    primary::PrimaryDatabase db{dir.filePath(QStringLiteral("primary.sqlite"))};
    primary::V1Schema schema{db};
    V1Codec codec{schema};
};

Primary *thePrimary = nullptr;

void checkEnvelope(QByteArrayView envelope)
{
    QString error;
    const auto record = thePrimary->codec.parse(envelope, &error);
    FUZZ_CHECK(record || !error.isEmpty(), shown(envelope));
    if (!record)
        return;
    fuzz::checkIncoming(*record);
    if (!JsonScanner(envelope).isValid() || !primary::JsonTextCheck::problem(envelope).isEmpty())
        return;
    const QByteArray written = thePrimary->codec.write(fuzz::queued(*record, record->syncId));
    const auto again = thePrimary->codec.parse(written, &error);
    FUZZ_CHECK(again,
               described(*record) + QStringLiteral("\nwritten: ") + shown(written) + u'\n' + error);
    FUZZ_CHECK(fuzz::sameRecord(*again, *record),
               described(*record) + QStringLiteral("\nread back: ") + described(*again));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt's SQL driver is a plugin
    static Primary primary;
    for (const KnownFields &known : kKnown) {
        for (const char *field : known.fields)
            primary.schema.fieldNumber(QString::fromLatin1(known.type), QString::fromLatin1(field));
    }
    thePrimary = &primary;
    return 0;
}

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
