#include "Dispensing.h"

#include "PatientRegistry.h"
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
constexpr double kEpsilon = 1e-9;

} // namespace

void Dispensing::checkParties(const Request &request)
{
    if (m_context.storeId.isEmpty())
        throw WorkRefusal(tr("Log in to a site before dispensing."));
    if (!PatientRegistry(m_store, m_context).find(request.patientId))
        throw WorkRefusal(tr("There is no patient with ID %1 here.").arg(request.patientId));
    if (!request.prescriberId.isEmpty()
        && !m_store.queries.find(QStringLiteral("clinician"), request.prescriberId))
        throw WorkRefusal(tr("There is no prescriber with ID %1 here.").arg(request.prescriberId));
    if (request.lines.isEmpty())
        throw WorkRefusal(tr("A dispensing needs at least one item."));
}

QList<Dispensing::PlannedLine> Dispensing::planLines(const Request &request,
                                                     const QHash<QString, double> &released)
{
    QHash<QString, double> taken;
    for (auto it = released.begin(); it != released.end(); ++it)
        taken[it.key()] = -it.value(); // a replaced draft gives its packs back first
    QList<PlannedLine> planned;
    for (const Line &line : request.lines) {
        const auto item = m_store.queries.itemByCodeOrId(line.itemId.trimmed());
        if (!item)
            throw WorkRefusal(tr("There is no item with code %1.").arg(line.itemId));
        PlannedLine plannedLine;
        plannedLine.itemId = item->id;
        plannedLine.itemName = RecordFields(item->data).text(QStringLiteral("item_name"));
        plannedLine.directions = line.directions;
        QList<Batch> batches;
        for (const StoredRecord &record :
             m_store.queries.linkedTo(kItemLine, item->id, m_context.storeId))
            batches.append(Batch::from(record));
        BatchAllocator allocator(m_context.today());
        allocator.setTaken(taken);
        plannedLine.issues = allocator.allocate(batches, line.units, plannedLine.itemName,
                                                line.batch, !request.overrideReason.isEmpty());
        for (const BatchAllocator::Issue &issue : std::as_const(plannedLine.issues))
            taken[issue.batch.id] += issue.packs;
        planned.append(plannedLine);
    }
    return planned;
}

QList<Dispensing::PlannedLine> Dispensing::plan(const Request &request)
{
    checkParties(request);
    return planLines(request,
                     request.draftId.isEmpty() ? QHash<QString, double>()
                                               : draftPacks(request.draftId));
}

QByteArray Dispensing::draftData(const QString &draftId)
{
    const auto draft = m_store.queries.find(kTransact, draftId);
    if (!draft)
        throw WorkRefusal(tr("There is no dispensing with ID %1.").arg(draftId));
    const RecordFields fields(draft->data);
    if (fields.text(QStringLiteral("type")) != u"ci"
        || fields.text(QStringLiteral("mode")) != u"dispensary"
        || fields.text(QStringLiteral("store_ID")) != m_context.storeId)
        throw WorkRefusal(tr("Invoice %1 is not a dispensing of this store.").arg(draftId));
    if (fields.text(QStringLiteral("status")) != u"nw")
        throw WorkRefusal(tr("Dispensing %1 is finalised and can no longer be changed.")
                              .arg(fields.text(QStringLiteral("invoice_num"))));
    return draft->data;
}

QHash<QString, double> Dispensing::draftPacks(const QString &draftId)
{
    draftData(draftId);
    QHash<QString, double> packs;
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, draftId)) {
        const RecordFields fields(line.data);
        packs[fields.text(QStringLiteral("item_line_ID"))]
            += fields.number(QStringLiteral("quantity"));
    }
    return packs;
}

void Dispensing::takeFromBatch(const QString &batchId, double availablePacks, double onHandPacks,
                               RecordWriter &writer)
{
    const auto record = m_store.queries.find(kItemLine, batchId);
    if (!record)
        throw WorkRefusal(tr("Batch %1 is no longer held here.").arg(batchId));
    const Batch batch = Batch::from(*record);
    const double available = batch.available - availablePacks;
    const double onHand = batch.onHand - onHandPacks;
    if (available < -kEpsilon || onHand < -kEpsilon)
        throw WorkRefusal(tr("Batch %1 has not enough stock left (%2 units on hand).")
                              .arg(batch.batch)
                              .arg(batch.onHandUnits()));
    writer.update(
        kItemLine, batchId, record->data,
        RecordPatch()
            .set(QStringLiteral("available"), WireValue::number(available))
            .set(QStringLiteral("quantity"), WireValue::number(onHand))
            .set(QStringLiteral("stock_on_hand_tot"), WireValue::number(onHand * batch.packSize)));
}

void Dispensing::releaseDraft(const QString &draftId, RecordWriter &writer)
{
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, draftId)) {
        const RecordFields fields(line.data);
        const QString batchId = fields.text(QStringLiteral("item_line_ID"));
        if (m_store.queries.find(kItemLine, batchId))
            takeFromBatch(batchId, -fields.number(QStringLiteral("quantity")), 0, writer);
        writer.remove(kTransLine, line.id);
    }
}

void Dispensing::writeLines(const QString &transactId, const QList<PlannedLine> &lines, bool draft,
                            RecordWriter &writer)
{
    int lineNumber = 0;
    for (const PlannedLine &line : lines) {
        for (const BatchAllocator::Issue &issue : line.issues) {
            const QString id = WireFormat::newId();
            const Batch &batch = issue.batch;
            writer.insert(
                kTransLine, id,
                RecordPatch()
                    .set(QStringLiteral("ID"), WireValue::text(id))
                    .set(QStringLiteral("transaction_ID"), WireValue::text(transactId))
                    .set(QStringLiteral("type"), WireValue::text(QStringLiteral("stock_out")))
                    .set(QStringLiteral("line_number"), WireValue::number(++lineNumber))
                    .set(QStringLiteral("item_ID"), WireValue::text(line.itemId))
                    .set(QStringLiteral("item_name"), WireValue::text(line.itemName))
                    .set(QStringLiteral("item_line_ID"), WireValue::text(batch.id))
                    .set(QStringLiteral("batch"), WireValue::text(batch.batch))
                    .set(QStringLiteral("expiry_date"), WireValue::date(batch.expiry))
                    .set(QStringLiteral("location_ID"), WireValue::text(batch.locationId))
                    .set(QStringLiteral("pack_size"), WireValue::number(batch.packSize))
                    .set(QStringLiteral("sent_pack_size"), WireValue::number(batch.packSize))
                    .set(QStringLiteral("quantity"), WireValue::number(issue.packs))
                    .set(QStringLiteral("cost_price"), WireValue::number(batch.costPrice))
                    .set(QStringLiteral("sell_price"), WireValue::number(batch.sellPrice))
                    .set(QStringLiteral("price_extension"), WireValue::number(issue.price))
                    .set(QStringLiteral("note"), WireValue::text(line.directions))
                    .set(QStringLiteral("donor_id"), WireValue::text({}))
                    .set(QStringLiteral("is_from_inventory_adjustment"),
                         WireValue::boolean(false)));
            takeFromBatch(batch.id, issue.packs, draft ? 0 : issue.packs, writer);
        }
    }
}

Dispensing::Result Dispensing::save(const Request &request)
{
    Transaction transaction(m_store.db);
    checkParties(request);
    const bool replacing = !request.draftId.isEmpty();
    const QByteArray previous = replacing ? draftData(request.draftId) : QByteArray();
    const QList<PlannedLine> lines
        = planLines(request, replacing ? draftPacks(request.draftId) : QHash<QString, double>());

    RecordWriter writer(m_store);
    Result result;
    result.transactId = replacing ? request.draftId : WireFormat::newId();
    if (replacing) {
        releaseDraft(request.draftId, writer);
        result.invoiceNumber = qint64(RecordFields(previous).number(QStringLiteral("invoice_num")));
    } else {
        result.invoiceNumber = m_store.invoiceNumbers.take(m_context.storeId, QStringLiteral("ci"));
    }
    writeLines(result.transactId, lines, request.draft, writer);
    for (const PlannedLine &line : lines) {
        for (const BatchAllocator::Issue &issue : line.issues)
            result.total += issue.price;
    }

    const QDateTime now = m_context.now();
    const QDate confirmed = request.draft ? QDate() : now.date();
    RecordPatch transact;
    transact.set(QStringLiteral("ID"), WireValue::text(result.transactId))
        .set(QStringLiteral("type"), WireValue::text(QStringLiteral("ci")))
        .set(QStringLiteral("mode"), WireValue::text(QStringLiteral("dispensary")))
        .set(QStringLiteral("status"),
             WireValue::text(request.draft ? QStringLiteral("nw") : QStringLiteral("fn")))
        .set(QStringLiteral("name_ID"), WireValue::text(request.patientId))
        .set(QStringLiteral("store_ID"), WireValue::text(m_context.storeId))
        .set(QStringLiteral("invoice_num"), WireValue::number(double(result.invoiceNumber)))
        .set(QStringLiteral("user_ID"), WireValue::text(m_context.userId))
        .set(QStringLiteral("prescriber_ID"), WireValue::text(request.prescriberId))
        .set(QStringLiteral("confirm_date"), WireValue::date(confirmed))
        .set(QStringLiteral("confirm_time"),
             WireValue::time(request.draft ? QTime(0, 0) : now.time()))
        .set(QStringLiteral("total"), WireValue::number(result.total))
        .set(QStringLiteral("subtotal"), WireValue::number(result.total))
        .set(QStringLiteral("comment"), WireValue::text(request.overrideReason));
    if (replacing) {
        writer.update(kTransact, result.transactId, previous, transact);
    } else {
        transact.set(QStringLiteral("entry_date"), WireValue::date(now.date()))
            .set(QStringLiteral("entry_time"), WireValue::time(now.time()))
            .set(QStringLiteral("Date_order_written"), WireValue::date(now.date()))
            .set(QStringLiteral("tax"), WireValue::number(0))
            .set(QStringLiteral("currency_rate"), WireValue::number(1))
            .set(QStringLiteral("their_ref"), WireValue::text({}))
            .set(QStringLiteral("linked_transaction_id"), WireValue::text({}))
            .set(QStringLiteral("requisition_ID"), WireValue::text({}))
            .set(QStringLiteral("hold"), WireValue::boolean(false))
            .set(QStringLiteral("is_cancellation"), WireValue::boolean(false))
            .set(QStringLiteral("ship_date"), WireValue::date({}))
            .set(QStringLiteral("arrival_date_actual"), WireValue::date({}));
        writer.insert(kTransact, result.transactId, transact);
    }
    result.linkQueued = PatientRegistry(m_store, m_context).queueLinkIfNeeded(request.patientId);
    transaction.commit();
    result.changedTypes = writer.changedTypes();
    return result;
}

Dispensing::Result Dispensing::finalise(const QString &draftId)
{
    Transaction transaction(m_store.db);
    const QByteArray data = draftData(draftId);
    RecordWriter writer(m_store);
    Result result;
    result.transactId = draftId;
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, draftId)) {
        const RecordFields fields(line.data);
        takeFromBatch(fields.text(QStringLiteral("item_line_ID")), 0,
                      fields.number(QStringLiteral("quantity")), writer);
    }
    const QDateTime now = m_context.now();
    writer.update(kTransact, draftId, data,
                  RecordPatch()
                      .set(QStringLiteral("status"), WireValue::text(QStringLiteral("fn")))
                      .set(QStringLiteral("confirm_date"), WireValue::date(now.date()))
                      .set(QStringLiteral("confirm_time"), WireValue::time(now.time())));
    const RecordFields fields(data);
    result.invoiceNumber = qint64(fields.number(QStringLiteral("invoice_num")));
    result.total = fields.number(QStringLiteral("total"));
    result.linkQueued = PatientRegistry(m_store, m_context)
                            .queueLinkIfNeeded(fields.text(QStringLiteral("name_ID")));
    transaction.commit();
    result.changedTypes = writer.changedTypes();
    return result;
}

QStringList Dispensing::discardDraft(const QString &draftId)
{
    Transaction transaction(m_store.db);
    draftData(draftId);
    RecordWriter writer(m_store);
    releaseDraft(draftId, writer);
    writer.remove(kTransact, draftId);
    transaction.commit();
    return writer.changedTypes();
}

} // namespace satellite
