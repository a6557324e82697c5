#include "GoodsReceipt.h"

#include "Batch.h"
#include "RecordFields.h"
#include "RecordWriter.h"
#include "WireValue.h"
#include "WorkRefusal.h"
#include "store/LocalStore.h"
#include "sync/WireFormat.h"

namespace satellite {

namespace {

const QString kTransact = QStringLiteral("transact");
const QString kTransLine = QStringLiteral("trans_line");
const QString kItemLine = QStringLiteral("item_line");

bool isWaiting(const RecordFields &invoice)
{
    const QString status = invoice.text(QStringLiteral("status"));
    return status == u"nw" || status == u"wp" || status == u"cn" || status == u"sg";
}

} // namespace

QStringList GoodsReceipt::waiting()
{
    QStringList ids;
    for (const StoredRecord &invoice :
         m_store.queries.ofKind(kTransact, QStringLiteral("si"), m_context.storeId)) {
        if (isWaiting(RecordFields(invoice.data)))
            ids.append(invoice.id);
    }
    return ids;
}

QByteArray GoodsReceipt::receivableInvoice(const QString &invoiceId)
{
    const auto invoice = m_store.queries.find(kTransact, invoiceId);
    if (!invoice)
        throw WorkRefusal(tr("There is no invoice with ID %1.").arg(invoiceId));
    const RecordFields fields(invoice->data);
    if (fields.text(QStringLiteral("type")) != u"si"
        || fields.text(QStringLiteral("store_ID")) != m_context.storeId)
        throw WorkRefusal(tr("Invoice %1 is not a supplier invoice of this store.")
                              .arg(fields.text(QStringLiteral("invoice_num"))));
    if (!isWaiting(fields))
        throw WorkRefusal(tr("Supplier invoice %1 has been received already.")
                              .arg(fields.text(QStringLiteral("invoice_num"))));
    return invoice->data;
}

GoodsReceipt::Result GoodsReceipt::receive(const QString &invoiceId,
                                           const QList<Correction> &corrections)
{
    Transaction transaction(m_store.db);
    const QByteArray invoiceData = receivableInvoice(invoiceId);
    const QString supplierId = RecordFields(invoiceData).text(QStringLiteral("name_ID"));
    RecordWriter writer(m_store);
    Result result;
    result.invoiceId = invoiceId;
    QStringList lineIds;
    double total = 0;
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, invoiceId)) {
        const RecordFields fields(line.data);
        if (fields.text(QStringLiteral("type")) != u"stock_in")
            continue;
        Correction change;
        for (const Correction &correction : corrections) {
            if (correction.lineId == line.id)
                change = correction;
        }
        lineIds.append(line.id);
        const double packs = change.packs.value_or(fields.number(QStringLiteral("quantity")));
        if (packs < 0)
            throw WorkRefusal(tr("A quantity received cannot be negative."));
        const QString batchNumber = change.batch.value_or(fields.text(QStringLiteral("batch")));
        const QDate expiry = change.expiry.value_or(fields.date(QStringLiteral("expiry_date")));
        const double packSize = fields.number(QStringLiteral("pack_size")) > 0
            ? fields.number(QStringLiteral("pack_size"))
            : 1.0;

        // The batch the line names when it is held here: stock adds to it.
        QString batchId = fields.text(QStringLiteral("item_line_ID"));
        const auto existing
            = batchId.isEmpty() ? std::nullopt : m_store.queries.find(kItemLine, batchId);
        if (existing) {
            const Batch batch = Batch::from(*existing);
            writer.update(
                kItemLine, batchId, existing->data,
                RecordPatch()
                    .set(QStringLiteral("available"), WireValue::number(batch.available + packs))
                    .set(QStringLiteral("quantity"), WireValue::number(batch.onHand + packs))
                    .set(QStringLiteral("stock_on_hand_tot"),
                         WireValue::number((batch.onHand + packs) * batch.packSize)));
        } else {
            if (batchId.isEmpty())
                batchId = WireFormat::newId();
            const double cost = fields.number(QStringLiteral("cost_price"));
            writer.insert(
                kItemLine, batchId,
                RecordPatch()
                    .set(QStringLiteral("ID"), WireValue::text(batchId))
                    .set(QStringLiteral("store_ID"), WireValue::text(m_context.storeId))
                    .set(QStringLiteral("item_ID"),
                         WireValue::text(fields.text(QStringLiteral("item_ID"))))
                    .set(QStringLiteral("batch"), WireValue::text(batchNumber))
                    .set(QStringLiteral("expiry_date"), WireValue::date(expiry))
                    .set(QStringLiteral("pack_size"), WireValue::number(packSize))
                    .set(QStringLiteral("available"), WireValue::number(packs))
                    .set(QStringLiteral("quantity"), WireValue::number(packs))
                    .set(QStringLiteral("stock_on_hand_tot"), WireValue::number(packs * packSize))
                    .set(QStringLiteral("initial_quan"), WireValue::number(packs))
                    .set(QStringLiteral("cost_price"), WireValue::number(cost))
                    .set(QStringLiteral("sell_price"),
                         WireValue::number(fields.number(QStringLiteral("sell_price"))))
                    .set(QStringLiteral("total_cost"), WireValue::number(cost * packs))
                    .set(QStringLiteral("hold"), WireValue::boolean(false))
                    .set(QStringLiteral("location_ID"),
                         WireValue::text(fields.text(QStringLiteral("location_ID"))))
                    .set(QStringLiteral("name_ID"), WireValue::text(supplierId))
                    .set(QStringLiteral("donor_id"),
                         WireValue::text(fields.text(QStringLiteral("donor_id"))))
                    .set(QStringLiteral("manufacturer_ID"), WireValue::text({}))
                    .set(QStringLiteral("note"), WireValue::text({})));
        }
        writer.update(
            kTransLine, line.id, line.data,
            RecordPatch()
                .set(QStringLiteral("item_line_ID"), WireValue::text(batchId))
                .set(QStringLiteral("quantity"), WireValue::number(packs))
                .set(QStringLiteral("batch"), WireValue::text(batchNumber))
                .set(QStringLiteral("expiry_date"), WireValue::date(expiry))
                .set(QStringLiteral("price_extension"),
                     WireValue::number(packs * fields.number(QStringLiteral("cost_price")))));
        total += packs * fields.number(QStringLiteral("cost_price"));
        ++result.linesReceived;
    }
    for (const Correction &correction : corrections) {
        if (!lineIds.contains(correction.lineId))
            throw WorkRefusal(tr("Line %1 is not a line of this invoice.").arg(correction.lineId));
    }
    const QDateTime now = m_context.now();
    writer.update(kTransact, invoiceId, invoiceData,
                  RecordPatch()
                      .set(QStringLiteral("status"), WireValue::text(QStringLiteral("fn")))
                      .set(QStringLiteral("confirm_date"), WireValue::date(now.date()))
                      .set(QStringLiteral("confirm_time"), WireValue::time(now.time()))
                      .set(QStringLiteral("arrival_date_actual"), WireValue::date(now.date()))
                      .set(QStringLiteral("total"), WireValue::number(total))
                      .set(QStringLiteral("subtotal"), WireValue::number(total)));
    transaction.commit();
    result.changedTypes = writer.changedTypes();
    return result;
}

} // namespace satellite
