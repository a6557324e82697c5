#include "Batch.h"

#include "RecordFields.h"

namespace satellite {

Batch Batch::from(const StoredRecord &record)
{
    const RecordFields fields(record.data);
    Batch batch;
    batch.id = record.id;
    batch.itemId = fields.text(QStringLiteral("item_ID"));
    batch.batch = fields.text(QStringLiteral("batch"));
    batch.expiry = fields.date(QStringLiteral("expiry_date"));
    const double packSize = fields.number(QStringLiteral("pack_size"));
    batch.packSize = packSize > 0 ? packSize : 1; // 0 or missing: the unit is the pack
    batch.available = fields.number(QStringLiteral("available"));
    batch.onHand = fields.number(QStringLiteral("quantity"));
    batch.hold = fields.boolean(QStringLiteral("hold"));
    batch.sellPrice = fields.number(QStringLiteral("sell_price"));
    batch.costPrice = fields.number(QStringLiteral("cost_price"));
    batch.locationId = fields.text(QStringLiteral("location_ID"));
    batch.data = record.data;
    return batch;
}

} // namespace satellite
