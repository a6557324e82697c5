#pragma once

#include "Batch.h"
#include "Dispensing.h"
#include "WorkContext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace satellite {

class LocalStore;

// What the work screens read besides the actions themselves: the items a
// pharmacist can dispense, the prescribers, an item's batches (or a
// location's), a supplier
// invoice waiting to be received with its lines, the dispensing drafts kept,
// the store's own name. Values in the screens' words, no field names.
class WorkLookups
{
public:
    struct Item
    {
        QString id;
        QString code;
        QString name;
        QString unitName; // "tablet", "ml", ...; empty when the item has none
    };
    struct Prescriber
    {
        QString id;
        QString code;
        QString name; // "Last, First"
    };
    struct Location
    {
        QString id;
        QString code;
        QString name;
    };
    struct ReceiptLine
    {
        QString id;
        QString itemName;
        QString batch;
        QDate expiry;
        double packSize = 1;
        double packs = 0; // as sent
        double costPrice = 0; // per pack
    };
    struct WaitingInvoice
    {
        QString id;
        qint64 number = 0;
        QString supplier;
        QString theirRef;
        QDate date;
        QString status; // nw, cn, ... (RECORDS.md codes)
        QList<ReceiptLine> lines; // stock_in lines only
    };
    struct Draft
    {
        QString id;
        qint64 number = 0;
        QString patientName;
        QDate date;
        Dispensing::Request request; // draftId set: saving it replaces the draft
    };

    WorkLookups(LocalStore &store, const WorkContext &context)
        : m_store(store)
        , m_context(context)
    { }

    // Stock items not hidden in this store, by name.
    QList<Item> items();
    std::optional<Item> item(const QString &id);
    // Active clinicians, by name.
    QList<Prescriber> prescribers();
    QList<Batch> batches(const QString &itemId);
    // This store's locations (shelves, fridges), by name.
    QList<Location> locations();
    // This store's batches kept at a location, of any item.
    QList<Batch> batchesAt(const QString &locationId);
    std::optional<WaitingInvoice> waitingInvoice(const QString &id);
    // This store's dispensings kept as drafts, newest first.
    QList<Draft> drafts();
    std::optional<Draft> draft(const QString &id);
    QString storeName();

private:
    QString nameOf(const QString &type, const QString &id, const char *field);
    Draft draftFrom(const StoredRecord &invoice);

    LocalStore &m_store;
    const WorkContext &m_context;
};

} // namespace satellite
