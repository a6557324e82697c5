#include "WorkLookups.h"

#include "Patient.h"
#include "RecordFields.h"
#include "store/LocalStore.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace satellite {

namespace {

const QString kTransact = QStringLiteral("transact");
const QString kTransLine = QStringLiteral("trans_line");

QString personName(const QString &first, const QString &last)
{
    if (first.isEmpty() || last.isEmpty())
        return first + last;
    return last + QStringLiteral(", ") + first;
}

bool byName(const QString &a, const QString &b)
{
    return a.localeAwareCompare(b) < 0;
}

} // namespace

QString WorkLookups::nameOf(const QString &type, const QString &id, const char *field)
{
    if (id.isEmpty())
        return {};
    const auto record = m_store.queries.find(type, id);
    return record ? RecordFields(record->data).text(QString::fromLatin1(field)) : QString();
}

QList<WorkLookups::Item> WorkLookups::items()
{
    QSet<QString> hidden;
    for (const StoredRecord &join : m_store.records.ofType(QStringLiteral("item_store_join"))) {
        const RecordFields fields(join.data);
        if (fields.text(QStringLiteral("store_ID")) == m_context.storeId
            && fields.boolean(QStringLiteral("inactive")))
            hidden.insert(fields.text(QStringLiteral("item_ID")));
    }
    QHash<QString, QString> units;
    for (const StoredRecord &unit : m_store.records.ofType(QStringLiteral("unit")))
        units.insert(unit.id, RecordFields(unit.data).text(QStringLiteral("units")));
    QList<Item> found;
    for (const StoredRecord &record : m_store.records.ofType(QStringLiteral("item"))) {
        const RecordFields fields(record.data);
        const QString kind = fields.text(QStringLiteral("type_of"));
        if (hidden.contains(record.id) || !(kind.isEmpty() || kind == u"general"))
            continue;
        found.append(Item{record.id, fields.text(QStringLiteral("code")),
                          fields.text(QStringLiteral("item_name")),
                          units.value(fields.text(QStringLiteral("unit_ID")))});
    }
    std::sort(found.begin(), found.end(),
              [](const Item &a, const Item &b) { return byName(a.name, b.name); });
    return found;
}

std::optional<WorkLookups::Item> WorkLookups::item(const QString &id)
{
    const auto record = m_store.queries.itemByCodeOrId(id);
    if (!record)
        return std::nullopt;
    const RecordFields fields(record->data);
    return Item{record->id, fields.text(QStringLiteral("code")),
                fields.text(QStringLiteral("item_name")),
                nameOf(QStringLiteral("unit"), fields.text(QStringLiteral("unit_ID")), "units")};
}

QList<WorkLookups::Prescriber> WorkLookups::prescribers()
{
    QList<Prescriber> found;
    for (const StoredRecord &record : m_store.records.ofType(QStringLiteral("clinician"))) {
        const RecordFields fields(record.data);
        if (fields.has(QStringLiteral("active")) && !fields.boolean(QStringLiteral("active")))
            continue;
        found.append(Prescriber{record.id, fields.text(QStringLiteral("code")),
                                personName(fields.text(QStringLiteral("first_name")),
                                           fields.text(QStringLiteral("last_name")))});
    }
    std::sort(found.begin(), found.end(),
              [](const Prescriber &a, const Prescriber &b) { return byName(a.name, b.name); });
    return found;
}

QList<Batch> WorkLookups::batches(const QString &itemId)
{
    QList<Batch> found;
    for (const StoredRecord &record :
         m_store.queries.linkedTo(QStringLiteral("item_line"), itemId, m_context.storeId))
        found.append(Batch::from(record));
    return found;
}

QList<WorkLookups::Location> WorkLookups::locations()
{
    QList<Location> found;
    for (const StoredRecord &record : m_store.records.ofType(QStringLiteral("Location"))) {
        const RecordFields fields(record.data);
        if (fields.text(QStringLiteral("store_ID")) != m_context.storeId)
            continue;
        const QString code = fields.text(QStringLiteral("code"));
        const QString description = fields.text(QStringLiteral("Description"));
        found.append(Location{record.id, code, description.isEmpty() ? code : description});
    }
    std::sort(found.begin(), found.end(),
              [](const Location &a, const Location &b) { return byName(a.name, b.name); });
    return found;
}

QList<Batch> WorkLookups::batchesAt(const QString &locationId)
{
    // A count now and then: reading every batch once is cheap enough.
    QList<Batch> found;
    for (const StoredRecord &record : m_store.records.ofType(QStringLiteral("item_line"))) {
        const Batch batch = Batch::from(record);
        if (batch.locationId == locationId
            && RecordFields(record.data).text(QStringLiteral("store_ID")) == m_context.storeId)
            found.append(batch);
    }
    return found;
}

std::optional<WorkLookups::WaitingInvoice> WorkLookups::waitingInvoice(const QString &id)
{
    const auto record = m_store.queries.find(kTransact, id);
    if (!record)
        return std::nullopt;
    const RecordFields fields(record->data);
    if (fields.text(QStringLiteral("type")) != u"si")
        return std::nullopt;
    WaitingInvoice invoice;
    invoice.id = id;
    invoice.number = qint64(fields.number(QStringLiteral("invoice_num")));
    invoice.supplier
        = nameOf(QStringLiteral("name"), fields.text(QStringLiteral("name_ID")), "name");
    invoice.theirRef = fields.text(QStringLiteral("their_ref"));
    invoice.date = fields.date(QStringLiteral("entry_date"));
    invoice.status = fields.text(QStringLiteral("status"));
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, id)) {
        const RecordFields lineFields(line.data);
        if (lineFields.text(QStringLiteral("type")) != u"stock_in")
            continue;
        const double packSize = lineFields.number(QStringLiteral("pack_size"));
        invoice.lines.append(ReceiptLine{line.id, lineFields.text(QStringLiteral("item_name")),
                                         lineFields.text(QStringLiteral("batch")),
                                         lineFields.date(QStringLiteral("expiry_date")),
                                         packSize > 0 ? packSize : 1.0,
                                         lineFields.number(QStringLiteral("quantity")),
                                         lineFields.number(QStringLiteral("cost_price"))});
    }
    return invoice;
}

WorkLookups::Draft WorkLookups::draftFrom(const StoredRecord &invoice)
{
    const RecordFields fields(invoice.data);
    Draft draft;
    draft.id = invoice.id;
    draft.number = qint64(fields.number(QStringLiteral("invoice_num")));
    draft.date = fields.date(QStringLiteral("entry_date"));
    draft.request.draftId = invoice.id;
    draft.request.draft = true;
    draft.request.patientId = fields.text(QStringLiteral("name_ID"));
    draft.request.prescriberId = fields.text(QStringLiteral("prescriber_ID"));
    draft.request.overrideReason = fields.text(QStringLiteral("comment"));
    const auto patient = m_store.queries.find(QStringLiteral("name"), draft.request.patientId);
    draft.patientName = patient ? Patient::from(*patient).name : QString();
    // One line per item and directions: the batches are chosen again (FEFO)
    // when the draft is saved, its own packs given back first.
    for (const StoredRecord &line : m_store.queries.linkedTo(kTransLine, invoice.id)) {
        const RecordFields lineFields(line.data);
        const QString itemId = lineFields.text(QStringLiteral("item_ID"));
        const QString directions = lineFields.text(QStringLiteral("note"));
        const double packSize = lineFields.number(QStringLiteral("pack_size"));
        const double units
            = lineFields.number(QStringLiteral("quantity")) * (packSize > 0 ? packSize : 1.0);
        auto same = std::find_if(draft.request.lines.begin(), draft.request.lines.end(),
                                 [&](const Dispensing::Line &l) {
                                     return l.itemId == itemId && l.directions == directions;
                                 });
        if (same != draft.request.lines.end())
            same->units += units;
        else
            draft.request.lines.append(Dispensing::Line{itemId, units, {}, directions});
    }
    return draft;
}

QList<WorkLookups::Draft> WorkLookups::drafts()
{
    QList<Draft> found;
    for (const StoredRecord &invoice :
         m_store.queries.ofKind(kTransact, QStringLiteral("ci"), m_context.storeId)) {
        const RecordFields fields(invoice.data);
        if (fields.text(QStringLiteral("mode")) == u"dispensary"
            && fields.text(QStringLiteral("status")) == u"nw")
            found.append(draftFrom(invoice));
    }
    std::sort(found.begin(), found.end(),
              [](const Draft &a, const Draft &b) { return a.number > b.number; });
    return found;
}

std::optional<WorkLookups::Draft> WorkLookups::draft(const QString &id)
{
    const auto invoice = m_store.queries.find(kTransact, id);
    if (!invoice)
        return std::nullopt;
    const RecordFields fields(invoice->data);
    if (fields.text(QStringLiteral("mode")) != u"dispensary"
        || fields.text(QStringLiteral("status")) != u"nw")
        return std::nullopt;
    return draftFrom(*invoice);
}

QString WorkLookups::storeName()
{
    return nameOf(QStringLiteral("name"), m_context.storeNameId, "name");
}

} // namespace satellite
