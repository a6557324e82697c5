#include "BodyCheck.h"

// Compiled in here: no library to ship beside the programs.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace satellite {

qint64 BodyCheck::of(QByteArrayView body)
{
    // As SQLite keeps it: a signed 64-bit integer of the same bits.
    return qint64(XXH3_64bits(body.data(), size_t(body.size())));
}

} // namespace satellite
