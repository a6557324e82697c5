#pragma once

#include "DemoId.h"

#include <QtGlobal>
#include <vector>

namespace primary {

// A batch of stock (an item_line). Quantities are in packs of packSize.
struct DemoBatch
{
    DemoId id;
    int item = 0;
    int delivery = 0; // the supplier invoice that brought it in
    int location = -1; // into DemoStoreActivity::locations; -1: none
    int receivedDay = 0;
    int expiryDay = 0;
    int packSize = 1;
    qint64 cost = 0; // cents per pack
    qint64 sell = 0;
    qint64 received = 0;
    qint64 issued = 0;
    quint32 batchNumber = 0;
    bool hold = false;
    bool opening = false; // old stock, never issued from

    qint64 onHand() const { return received - issued; }
};

// A finalised supplier invoice and the batches it brought in.
struct DemoDelivery
{
    DemoId supplier;
    int day = 0;
    int time = 0;
    int firstBatch = 0;
    int batchCount = 0;
    int number = 0;
    quint32 reference = 0;
};

// A finalised customer invoice: a prescription to a patient or an issue to
// a facility, and its lines.
struct DemoIssue
{
    DemoId party;
    int clinician = -1; // into DemoPeople::clinicians(); -1: none
    int day = 0;
    int time = 0;
    int firstLine = 0;
    int lineCount = 0;
    int number = 0;
    bool prescription = true;
};

// A supplier invoice from the central store that a clinic has not received
// yet ("receive goods"): its batches are not in stock, so they are no
// item_line; each batch's id is its trans_line's.
struct DemoPendingDelivery
{
    DemoId id;
    DemoId supplier;
    bool confirmed = false; // "cn", confirmed by the supplier; otherwise "nw", new
    int day = 0;
    int time = 0;
    int number = 0; // after the store's received supplier invoices
    quint32 reference = 0;
    std::vector<DemoBatch> lines; // received: the quantity in packs
};

struct DemoIssueLine
{
    int batch = 0;
    qint64 quantity = 0; // packs
};

// Everything a store did over the history of the world, in memory, so that
// the records can then be written parents first.
struct DemoStoreActivity
{
    std::vector<DemoId> locations; // the last one is the cold store
    std::vector<bool> stocked; // by item: the store carries it
    std::vector<DemoBatch> batches;
    std::vector<DemoDelivery> deliveries;
    std::vector<DemoPendingDelivery> pending; // not received yet
    std::vector<DemoIssue> issues;
    std::vector<DemoIssueLine> lines;
};

} // namespace primary
