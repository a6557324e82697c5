#pragma once

#include "DemoId.h"

#include <QByteArrayView>
#include <vector>

namespace primary {

class DemoRandom;
class DemoRecordSink;
struct DemoBatch;
struct DemoContext;
struct DemoDelivery;
struct DemoPendingDelivery;
struct DemoIssue;
struct DemoStoreActivity;

// Writes the records a store owns, parents first: its locations, item and
// name joins, stock (item_line), then supplier invoices (received, then
// those still on their way) and customer invoices (prescriptions), each
// followed by its lines.
class DemoStoreWriter
{
public:
    DemoStoreWriter(const DemoContext &context, int store, const DemoStoreActivity &activity,
                    DemoRecordSink &out, DemoRandom &random);

    void write();

private:
    // The fields a transact record takes from its invoice.
    struct Invoice
    {
        DemoId id;
        DemoId party;
        QByteArrayView type; // "si", "ci"
        QByteArrayView mode; // "store", "dispensary"
        QByteArrayView status = "fn"; // a pending supplier invoice: "nw" or "cn"
        QByteArrayView theirRef;
        QByteArrayView comment;
        int clinician = -1;
        int day = 0;
        int time = 0;
        int number = 0;
        qint64 total = 0; // cents
    };

    void writeLocations();
    void writeItemJoins();
    void writeNameJoins();
    void writeNameJoin(const DemoId &name);
    void writeBatches();
    void writeBatch(const DemoBatch &batch);
    void writeDelivery(const DemoDelivery &delivery);
    void writePendingDelivery(const DemoPendingDelivery &delivery);
    void writeIssue(const DemoIssue &issue);
    void writeTransaction(const Invoice &invoice);
    // `itemLine`: the stock line's ID; empty for goods not received yet.
    void writeLine(const DemoId &id, const DemoId &transaction, const DemoBatch &batch,
                   QByteArrayView itemLine, QByteArrayView type, qint64 quantity, int lineNumber,
                   bool prescribed);
    QByteArrayView location(const DemoBatch &batch) const;

    const DemoContext &m_context;
    const int m_store;
    const DemoStoreActivity &m_activity;
    DemoRecordSink &m_out;
    DemoRandom &m_random;
};

} // namespace primary
