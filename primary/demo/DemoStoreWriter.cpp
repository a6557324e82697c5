#include "DemoStoreWriter.h"

#include "DemoCalendar.h"
#include "DemoCatalogue.h"
#include "DemoContext.h"
#include "DemoFormat.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoRecipes.h"
#include "DemoRecordSink.h"
#include "DemoScale.h"
#include "DemoStoreActivity.h"

namespace primary {

using namespace Qt::StringLiterals;

DemoStoreWriter::DemoStoreWriter(const DemoContext &context, int store,
                                 const DemoStoreActivity &activity, DemoRecordSink &out,
                                 DemoRandom &random)
    : m_context(context)
    , m_store(store)
    , m_activity(activity)
    , m_out(out)
    , m_random(random)
{ }

void DemoStoreWriter::write()
{
    writeLocations();
    writeItemJoins();
    writeNameJoins();
    writeBatches();
    for (const DemoDelivery &delivery : m_activity.deliveries)
        writeDelivery(delivery);
    for (const DemoPendingDelivery &delivery : m_activity.pending)
        writePendingDelivery(delivery);
    for (const DemoIssue &issue : m_activity.issues)
        writeIssue(issue);
}

void DemoStoreWriter::writeLocations()
{
    const DemoStoreIdentity &store = m_context.stores[size_t(m_store)];
    const QList<DemoCodeTitle> &recipes
        = store.central ? m_context.recipes.centralLocations : m_context.recipes.clinicLocations;
    for (size_t i = 0; i < m_activity.locations.size(); ++i) {
        const DemoCodeTitle &recipe = recipes.at(qsizetype(i));
        DemoJsonWriter &json = m_out.json();
        json.id("ID", m_activity.locations[i]);
        json.text("code", recipe.code.toUtf8());
        json.text("Description", recipe.title.toUtf8());
        json.empty("Comment");
        json.number("Volume", 0);
        json.empty("type_ID");
        json.empty("parent_id");
        json.boolean("summary_only", false);
        json.id("store_ID", store.store);
        json.number("priority", 0);
        json.boolean("hold", false);
        m_out.finish(u"Location"_s, m_activity.locations[i]);
    }
}

void DemoStoreWriter::writeItemJoins()
{
    const DemoStoreIdentity &store = m_context.stores[size_t(m_store)];
    const std::vector<DemoItem> &items = m_context.catalogue.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const DemoItem &item = items[i];
        const bool stocked = m_activity.stocked[i];
        const qint64 packCost = qint64(item.unitCost) * (store.central ? item.packSize : 1);
        const DemoId id = m_random.id();
        DemoJsonWriter &json = m_out.json();
        json.id("ID", id);
        json.empty("default_location_ID");
        json.money("default_price", packCost + qMax<qint64>(1, packCost / 4));
        json.boolean("hold_for_issue", false);
        json.boolean("hold_for_receive", false);
        json.boolean("ignore_for_orders", !stocked);
        // Items the store does not carry stay visible for ordering, a few hidden.
        json.boolean("inactive", !stocked && i % 10 == 0);
        json.id("item_ID", item.id);
        json.number("margin", 25);
        json.number("maximum_stock", 0);
        json.number("minimum_stock", 0);
        json.boolean("non_stock", false);
        json.id("store_ID", store.store);
        m_out.finish(u"item_store_join"_s, id);
    }
}

void DemoStoreWriter::writeNameJoins()
{
    const DemoPeople &people = m_context.people;
    // Clinics order from the central store, which supplies them.
    for (size_t other = 0; other < m_context.stores.size(); ++other) {
        if (int(other) != m_store && (m_context.stores[other].central || m_store == kCentralStore))
            writeNameJoin(m_context.stores[other].name);
    }
    for (const DemoId &supplier : people.partnersOf(people.suppliers(), m_store))
        writeNameJoin(supplier);
    for (const DemoId &facility : people.partnersOf(people.facilities(), m_store))
        writeNameJoin(facility);
    for (const int patient : people.patientsOf(m_store))
        writeNameJoin(people.patients()[size_t(patient)].id);
}

void DemoStoreWriter::writeNameJoin(const DemoId &name)
{
    const DemoId id = m_random.id();
    DemoJsonWriter &json = m_out.json();
    json.id("ID", id);
    json.boolean("inactive", false);
    json.id("name_ID", name);
    json.id("store_ID", m_context.stores[size_t(m_store)].store);
    m_out.finish(u"name_store_join"_s, id);
}

void DemoStoreWriter::writeBatches()
{
    for (const DemoBatch &batch : m_activity.batches)
        writeBatch(batch);
}

QByteArrayView DemoStoreWriter::location(const DemoBatch &batch) const
{
    return batch.location < 0 ? QByteArrayView()
                              : m_activity.locations[size_t(batch.location)].view();
}

void DemoStoreWriter::writeBatch(const DemoBatch &batch)
{
    const DemoCalendar &calendar = m_context.calendar;
    const qint64 onHand = batch.onHand();
    DemoJsonWriter &json = m_out.json();
    json.id("ID", batch.id);
    json.number("available", onHand);
    json.plain("batch", demoformat::batch(batch.batchNumber));
    json.money("cost_price", batch.cost);
    json.plain("expiry_date", calendar.date(batch.expiryDay));
    json.empty("donor_id");
    json.boolean("hold", batch.hold);
    json.number("initial_quan", batch.received);
    json.id("item_ID", m_context.catalogue.items()[size_t(batch.item)].id);
    json.plain("location_ID", location(batch));
    json.empty("manufacturer_ID");
    json.id("name_ID", m_activity.deliveries[size_t(batch.delivery)].supplier);
    json.empty("note");
    json.number("pack_size", batch.packSize);
    json.number("quantity", onHand);
    json.money("sell_price", batch.sell);
    json.number("stock_on_hand_tot", onHand * batch.packSize);
    json.id("store_ID", m_context.stores[size_t(m_store)].store);
    json.money("total_cost", onHand * batch.cost);
    json.empty("vvm_status_id");
    m_out.finish(u"item_line"_s, batch.id);
}

void DemoStoreWriter::writeDelivery(const DemoDelivery &delivery)
{
    const QByteArray reference = demoformat::code("INV", delivery.reference, 6);
    Invoice invoice;
    invoice.id = m_random.id();
    invoice.party = delivery.supplier;
    invoice.type = "si";
    invoice.mode = "store";
    invoice.theirRef = reference;
    invoice.day = delivery.day;
    invoice.time = delivery.time;
    invoice.number = delivery.number;
    for (int i = 0; i < delivery.batchCount; ++i) {
        const DemoBatch &batch = m_activity.batches[size_t(delivery.firstBatch + i)];
        invoice.total += batch.received * batch.cost;
    }
    writeTransaction(invoice);
    for (int i = 0; i < delivery.batchCount; ++i) {
        const DemoBatch &batch = m_activity.batches[size_t(delivery.firstBatch + i)];
        writeLine(m_random.id(), invoice.id, batch, batch.id.view(), "stock_in", batch.received,
                  i + 1, false);
    }
}

void DemoStoreWriter::writePendingDelivery(const DemoPendingDelivery &delivery)
{
    const QByteArray reference = demoformat::code("INV", delivery.reference, 6);
    Invoice invoice;
    invoice.id = delivery.id;
    invoice.party = delivery.supplier;
    invoice.type = "si";
    invoice.mode = "store";
    invoice.status = delivery.confirmed ? "cn" : "nw";
    invoice.theirRef = reference;
    invoice.day = delivery.day;
    invoice.time = delivery.time;
    invoice.number = delivery.number;
    for (const DemoBatch &line : delivery.lines)
        invoice.total += line.received * line.cost;
    writeTransaction(invoice);
    // Not received: no stock line yet, so item_line_ID is empty.
    for (size_t i = 0; i < delivery.lines.size(); ++i) {
        const DemoBatch &line = delivery.lines[i];
        writeLine(line.id, invoice.id, line, {}, "stock_in", line.received, int(i) + 1, false);
    }
}

void DemoStoreWriter::writeIssue(const DemoIssue &issue)
{
    const QByteArray reference
        = issue.prescription ? QByteArray() : demoformat::code("REQ", issue.number, 5);
    Invoice invoice;
    invoice.id = m_random.id();
    invoice.party = issue.party;
    invoice.type = "ci";
    invoice.mode = issue.prescription ? "dispensary" : "store";
    invoice.theirRef = reference;
    invoice.comment = issue.prescription ? QByteArrayView() : "Monthly supply";
    invoice.clinician = issue.clinician;
    invoice.day = issue.day;
    invoice.time = issue.time;
    invoice.number = issue.number;
    for (int i = 0; i < issue.lineCount; ++i) {
        const DemoIssueLine &line = m_activity.lines[size_t(issue.firstLine + i)];
        invoice.total += line.quantity * m_activity.batches[size_t(line.batch)].sell;
    }
    writeTransaction(invoice);
    for (int i = 0; i < issue.lineCount; ++i) {
        const DemoIssueLine &line = m_activity.lines[size_t(issue.firstLine + i)];
        const DemoBatch &batch = m_activity.batches[size_t(line.batch)];
        writeLine(m_random.id(), invoice.id, batch, batch.id.view(), "stock_out", line.quantity,
                  i + 1, issue.prescription);
    }
}

void DemoStoreWriter::writeTransaction(const Invoice &invoice)
{
    const DemoCalendar &calendar = m_context.calendar;
    const DemoStoreIdentity &store = m_context.stores[size_t(m_store)];
    const QByteArrayView date = calendar.date(invoice.day);
    const bool incoming = invoice.type == "si";
    const bool finalised = invoice.status == "fn";
    // Shipped: goods issued to a facility, or on their way to this store.
    const bool shipped = incoming ? !finalised : invoice.mode == "store";
    // Entered, then confirmed (finalised) a few minutes later the same day;
    // an invoice still on its way was confirmed by its supplier when sent.
    const int confirmTime
        = finalised ? qMin(invoice.time + m_random.between(30, 900), 24 * 3600 - 1) : invoice.time;
    const bool confirmed = invoice.status != "nw";
    DemoJsonWriter &json = m_out.json();
    json.plain("Date_order_written", date);
    json.id("ID", invoice.id);
    json.plain("arrival_date_actual", incoming && finalised ? date : DemoCalendar::noDate());
    json.text("comment", invoice.comment);
    json.plain("confirm_date", confirmed ? date : DemoCalendar::noDate());
    json.time("confirm_time", confirmed ? confirmTime : 0);
    json.id("currency_ID", m_context.homeCurrency);
    json.number("currency_rate", 1);
    json.plain("entry_date", date);
    json.time("entry_time", invoice.time);
    json.boolean("hold", false);
    json.number("invoice_num", invoice.number);
    json.boolean("is_cancellation", false);
    json.empty("linked_transaction_id");
    json.plain("mode", invoice.mode);
    json.id("name_ID", invoice.party);
    json.plain("prescriber_ID",
               invoice.clinician < 0
                   ? QByteArrayView()
                   : m_context.people.clinicians()[size_t(invoice.clinician)].id.view());
    json.empty("requisition_ID");
    json.plain("ship_date", shipped ? date : DemoCalendar::noDate());
    json.plain("status", invoice.status);
    json.id("store_ID", store.store);
    json.money("subtotal", invoice.total);
    json.number("tax", 0);
    json.text("their_ref", invoice.theirRef);
    json.money("total", invoice.total);
    json.plain("type", invoice.type);
    json.id("user_ID", store.user);
    m_out.finish(u"transact"_s, invoice.id);
}

void DemoStoreWriter::writeLine(const DemoId &id, const DemoId &transaction, const DemoBatch &batch,
                                QByteArrayView itemLine, QByteArrayView type, qint64 quantity,
                                int lineNumber, bool prescribed)
{
    const DemoItem &item = m_context.catalogue.items()[size_t(batch.item)];
    const bool incoming = type == "stock_in";
    DemoJsonWriter &json = m_out.json();
    json.id("ID", id);
    json.plain("batch", demoformat::batch(batch.batchNumber));
    json.money("cost_price", batch.cost);
    json.empty("donor_id");
    json.plain("expiry_date", m_context.calendar.date(batch.expiryDay));
    json.boolean("is_from_inventory_adjustment", false);
    json.id("item_ID", item.id);
    json.plain("item_line_ID", itemLine);
    json.text("item_name", item.name);
    json.number("line_number", lineNumber);
    json.plain("location_ID", location(batch));
    json.empty("medicine_administrator_ID");
    json.empty("note");
    json.number("pack_size", batch.packSize);
    json.number("prescribedQuantity", prescribed ? quantity : 0);
    // Goods in are valued at cost, goods out at the selling price.
    json.money("price_extension", quantity * (incoming ? batch.cost : batch.sell));
    json.number("quantity", quantity);
    json.money("sell_price", batch.sell);
    json.number("sent_pack_size", batch.packSize);
    json.id("transaction_ID", transaction);
    json.plain("type", type);
    json.empty("vaccine_vial_monitor_status_ID");
    m_out.finish(u"trans_line"_s, id);
}

} // namespace primary
