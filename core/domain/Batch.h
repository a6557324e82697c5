#pragma once

#include "store/RecordStore.h"

#include <QDate>
#include <QString>

namespace satellite {

// One batch of stock (an item_line) as the rules see it. Quantities are in
// packs, as mSupply keeps them; a pack holds `packSize` units (which may be
// fractional). `available` is what is free to issue: a new (draft) invoice has
// taken its packs from `available` but not yet from `onHand`.
struct Batch
{
    QString id;
    QString itemId;
    QString batch;
    QDate expiry; // null: no expiry
    double packSize = 1;
    double available = 0;
    double onHand = 0;
    bool hold = false;
    double sellPrice = 0; // per pack
    double costPrice = 0; // per pack
    QString locationId;
    QByteArray data; // the item_line's Data as held

    static Batch from(const StoredRecord &record);

    double availableUnits() const { return available * packSize; }
    double onHandUnits() const { return onHand * packSize; }
    bool isExpired(const QDate &today) const { return expiry.isValid() && expiry < today; }
    // What "available" means everywhere (Dispense, Stock): neither expired
    // nor held. The Stock page's query (core/store ScreenQueries) says the same.
    bool isUsable(const QDate &today) const { return !hold && !isExpired(today); }
    double freeUnits(const QDate &today) const { return isUsable(today) ? availableUnits() : 0; }
};

} // namespace satellite
