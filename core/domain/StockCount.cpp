#include "StockCount.h"

#include "Batch.h"
#include "RecordFields.h"
#include "RecordWriter.h"
#include "WireValue.h"
#include "WorkRefusal.h"
#include "store/LocalStore.h"
#include "sync/WireFormat.h"

#include <QLocale>
#include <cmath>

namespace satellite {

namespace {

const QString kItemLine = QStringLiteral("item_line");
constexpr double kEpsilon = 1e-9;

} // namespace

QList<StockCount::Reason> StockCount::reasons()
{
    QList<Reason> found;
    for (const StoredRecord &option : m_store.records.ofType(QStringLiteral("options"))) {
        const RecordFields fields(option.data);
        const QString type = fields.text(QStringLiteral("type"));
        const bool up = type == u"positiveInventoryAdjustment";
        const bool down = type == u"negativeInventoryAdjustment";
        const bool inactive
            = fields.has(QStringLiteral("isActive")) && !fields.boolean(QStringLiteral("isActive"));
        if ((up || down) && !inactive)
            found.append(Reason{option.id, fields.text(QStringLiteral("title")), up});
    }
    return found;
}

QString StockCount::reasonFor(const QString &given, bool increase)
{
    QStringList fitting;
    for (const Reason &reason : reasons()) {
        if (reason.increase != increase)
            continue;
        if (reason.id == given || reason.title.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            return reason.id;
        fitting.append(reason.title);
    }
    if (fitting.isEmpty() && given.trimmed().isEmpty())
        return {}; // the primary asks for no reason
    throw WorkRefusal(increase ? tr("A count above the stock needs one of these reasons: %1.")
                                     .arg(fitting.join(QStringLiteral(", ")))
                               : tr("A count below the stock needs one of these reasons: %1.")
                                     .arg(fitting.join(QStringLiteral(", "))));
}

QString StockCount::adjustmentNameId()
{
    const QList<StoredRecord> names
        = m_store.queries.ofKind(QStringLiteral("name"), QStringLiteral("invad"));
    if (names.isEmpty())
        throw WorkRefusal(tr("The primary has sent no inventory adjustment name (type invad) "
                             "yet: sync first."));
    return names.first().id;
}

QString StockCount::findBatch(const QString &itemCode, const QString &batchNumber)
{
    const auto item = m_store.queries.itemByCodeOrId(itemCode.trimmed());
    if (!item)
        throw WorkRefusal(tr("There is no item with code %1.").arg(itemCode));
    for (const StoredRecord &record :
         m_store.queries.linkedTo(kItemLine, item->id, m_context.storeId)) {
        const Batch batch = Batch::from(record);
        if (batch.batch == batchNumber || batch.id == batchNumber)
            return batch.id;
    }
    throw WorkRefusal(
        tr("%1 has no batch %2 in this store.")
            .arg(RecordFields(item->data).text(QStringLiteral("item_name")), batchNumber));
}

StockCount::Result StockCount::record(const QList<Line> &lines, const QString &comment)
{
    if (m_context.storeId.isEmpty())
        throw WorkRefusal(tr("Log in to a site before counting stock."));
    Transaction transaction(m_store.db);
    RecordWriter writer(m_store);
    Result result;
    QString nameId;
    QDateTime now = m_context.now();
    for (const Line &line : lines) {
        const auto record = m_store.queries.find(kItemLine, line.batchId);
        if (!record
            || RecordFields(record->data).text(QStringLiteral("store_ID")) != m_context.storeId)
            throw WorkRefusal(tr("Batch %1 is not stock of this store.").arg(line.batchId));
        if (line.countedUnits < 0 || !std::isfinite(line.countedUnits))
            throw WorkRefusal(tr("A counted quantity cannot be negative."));
        const Batch batch = Batch::from(*record);
        const double counted = line.countedUnits / batch.packSize; // in packs
        const double difference = counted - batch.onHand;
        if (std::abs(difference) <= kEpsilon)
            continue;
        const bool increase = difference > 0;
        const QString reasonId = reasonFor(line.reason, increase);
        if (result.adjustmentId.isEmpty()) {
            nameId = adjustmentNameId();
            result.adjustmentId = WireFormat::newId();
            result.invoiceNumber
                = m_store.invoiceNumbers.take(m_context.storeId, QStringLiteral("in"));
        }
        // Counted stock is free to issue unless it was taken by a draft.
        const double available = std::max(0.0, batch.available + difference);
        writer.update(
            kItemLine, batch.id, record->data,
            RecordPatch()
                .set(QStringLiteral("quantity"), WireValue::number(counted))
                .set(QStringLiteral("available"), WireValue::number(available))
                .set(QStringLiteral("stock_on_hand_tot"), WireValue::number(line.countedUnits)));
        const QString lineId = WireFormat::newId();
        const double packs = std::abs(difference);
        const RecordFields item(m_store.queries.find(QStringLiteral("item"), batch.itemId)
                                    .value_or(StoredRecord{})
                                    .data);
        writer.insert(
            QStringLiteral("trans_line"), lineId,
            RecordPatch()
                .set(QStringLiteral("ID"), WireValue::text(lineId))
                .set(QStringLiteral("transaction_ID"), WireValue::text(result.adjustmentId))
                .set(QStringLiteral("type"),
                     WireValue::text(increase ? QStringLiteral("stock_in")
                                              : QStringLiteral("stock_out")))
                .set(QStringLiteral("line_number"), WireValue::number(++result.linesAdjusted))
                .set(QStringLiteral("item_ID"), WireValue::text(batch.itemId))
                .set(QStringLiteral("item_name"),
                     WireValue::text(item.text(QStringLiteral("item_name"))))
                .set(QStringLiteral("item_line_ID"), WireValue::text(batch.id))
                .set(QStringLiteral("batch"), WireValue::text(batch.batch))
                .set(QStringLiteral("expiry_date"), WireValue::date(batch.expiry))
                .set(QStringLiteral("pack_size"), WireValue::number(batch.packSize))
                .set(QStringLiteral("quantity"), WireValue::number(packs))
                .set(QStringLiteral("cost_price"), WireValue::number(batch.costPrice))
                .set(QStringLiteral("sell_price"), WireValue::number(batch.sellPrice))
                .set(QStringLiteral("price_extension"), WireValue::number(packs * batch.costPrice))
                .set(QStringLiteral("optionID"), WireValue::text(reasonId))
                .set(QStringLiteral("is_from_inventory_adjustment"), WireValue::boolean(true))
                .set(QStringLiteral("note"), WireValue::text({})));
    }
    if (result.adjustmentId.isEmpty())
        return result; // every count matched: nothing to write
    writer.insert(
        QStringLiteral("transact"), result.adjustmentId,
        RecordPatch()
            .set(QStringLiteral("ID"), WireValue::text(result.adjustmentId))
            .set(QStringLiteral("type"), WireValue::text(QStringLiteral("in")))
            .set(QStringLiteral("mode"), WireValue::text(QStringLiteral("store")))
            .set(QStringLiteral("status"), WireValue::text(QStringLiteral("fn")))
            .set(QStringLiteral("name_ID"), WireValue::text(nameId))
            .set(QStringLiteral("store_ID"), WireValue::text(m_context.storeId))
            .set(QStringLiteral("invoice_num"), WireValue::number(double(result.invoiceNumber)))
            .set(QStringLiteral("user_ID"), WireValue::text(m_context.userId))
            .set(QStringLiteral("entry_date"), WireValue::date(now.date()))
            .set(QStringLiteral("entry_time"), WireValue::time(now.time()))
            .set(QStringLiteral("confirm_date"), WireValue::date(now.date()))
            .set(QStringLiteral("confirm_time"), WireValue::time(now.time()))
            .set(QStringLiteral("comment"),
                 WireValue::text(comment.isEmpty() ? tr("Stock count") : comment))
            .set(QStringLiteral("total"), WireValue::number(0))
            .set(QStringLiteral("subtotal"), WireValue::number(0))
            .set(QStringLiteral("their_ref"), WireValue::text({}))
            .set(QStringLiteral("prescriber_ID"), WireValue::text({}))
            .set(QStringLiteral("linked_transaction_id"), WireValue::text({})));
    transaction.commit();
    result.changedTypes = writer.changedTypes();
    return result;
}

} // namespace satellite
