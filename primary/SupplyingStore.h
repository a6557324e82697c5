#pragma once

#include "PrimaryDatabase.h"

#include <QString>

namespace primary {

// The store that supplies the sites' stores (in the demo world, its central
// store), as the v3 site call answers it: empty IDs when there is none.
struct SupplyingStore
{
    QString storeId;
    QString nameId;

    static SupplyingStore of(const PrimaryDatabase &db);
    static void set(PrimaryDatabase &db, const SupplyingStore &store);
};

} // namespace primary
