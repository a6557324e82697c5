#pragma once

#include "RecordFields.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace primary {

// One value as a typed column of a real primary keeps it, written back in
// v2's string dialect: invalid numbers are 0, invalid dates no date,
// booleans true only for true (RECORDS.md), null text empty, JSON as its text.
class StoredValue
{
public:
    // `raw` is the value's JSON text as received; returns the JSON text
    // stored, or nullopt when that is `raw` itself (the common case, found
    // without allocating: every demo record and every pull goes through here).
    static std::optional<QByteArray> typed(RecordFields::Kind kind, QByteArrayView raw);
    // What the field holds when a record does not say.
    static QByteArrayView empty(RecordFields::Kind kind);
};

} // namespace primary
