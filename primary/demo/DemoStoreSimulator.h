#pragma once

#include "DemoId.h"
#include "DemoStoreActivity.h"

#include <vector>

namespace primary {

class DemoCatalogue;
class DemoPeople;
class DemoRandom;
struct DemoItem;

// What a store is like: how it is stocked, who supplies it and how busy it is.
struct DemoStorePlan
{
    int store = 0;
    bool central = false; // holds whole packs; clinics hold single units
    int historyDays = 0;
    int todayDayOfWeek = 1; // 1 = Monday
    int deliveryEvery = 30;
    double stockShare = 1.0; // share of the catalogue it carries
    double mainSupplierShare = 1.0;
    int prescriptions = 0;
    int facilityInvoices = 0;
    int markupPercent = 25;
    int locationCount = 2; // the last location is the cold store
    DemoId mainSupplier;
    std::vector<DemoId> otherSuppliers;
    std::vector<DemoId> facilities;
    std::vector<int> patients; // into DemoPeople::patients()
    std::vector<int> clinicians; // into DemoPeople::clinicians()
};

// Plays a store's history forward: deliveries bring batches in, invoices and
// prescriptions issue from the batch in use, and finally each batch's received
// quantity and expiry are settled so that the stock adds up (received minus
// issued is on hand, never negative) and no batch was issued after it expired.
class DemoStoreSimulator
{
public:
    DemoStoreSimulator(const DemoCatalogue &catalogue, const DemoStorePlan &plan,
                       DemoRandom &random);

    DemoStoreActivity run(DemoPeople &people);

private:
    void chooseStock();
    void planDeliveries();
    void planBatches();
    void addBatch(int item, int delivery);
    std::vector<DemoIssue> scheduleIssues();
    int workingDay(int first, int last);
    void fillIssue(DemoIssue &issue, DemoPeople &people);
    int pickPatient(const DemoPeople &people, int day);
    int pickItem();
    int batchInUse(int item, int day);
    qint64 issueQuantity(const DemoItem &item, bool prescription);
    void dropUnusedBatches();
    void settleBatches();
    void settleBatch(DemoBatch &batch, int nextReceivedDay, bool inUse);
    void keepDemonstrableStock();

    const DemoCatalogue &m_catalogue;
    const DemoStorePlan &m_plan;
    DemoRandom &m_random;
    DemoStoreActivity m_activity;
    std::vector<int> m_stockedItems;
    std::vector<double> m_cumulativeUse; // over m_stockedItems
    std::vector<std::vector<int>> m_itemBatches; // by item: batches issued from, oldest first
    std::vector<size_t> m_inUse; // by item: into m_itemBatches
};

} // namespace primary
