#include "SupplyingStore.h"

namespace primary {

namespace {
const QString kKey = QStringLiteral("supplying_store"); // "<store ID> <name ID>"
}

SupplyingStore SupplyingStore::of(const PrimaryDatabase &db)
{
    const QStringList ids = db.meta(kKey).split(u' ');
    return ids.size() == 2 ? SupplyingStore{ids.at(0), ids.at(1)} : SupplyingStore{};
}

void SupplyingStore::set(PrimaryDatabase &db, const SupplyingStore &store)
{
    db.setMeta(kKey, store.storeId + u' ' + store.nameId);
}

} // namespace primary
