#pragma once

#include "PrimaryContext.h"

namespace primary {

// Records that a primary-sim before issue 14 kept as they came get their
// table's fields and types (RecordFields::complete) the first time this
// version opens the data directory; afterwards every record is stored typed.
class RecordUpgrade
{
public:
    // Returns how many records changed.
    static qint64 run(PrimaryContext &context);
};

} // namespace primary
