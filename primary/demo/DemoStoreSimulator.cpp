#include "DemoStoreSimulator.h"

#include "DemoCatalogue.h"
#include "DemoPeople.h"
#include "DemoRandom.h"

#include <algorithm>
#include <climits>

namespace primary {

namespace {

constexpr int kOpenDay = 8 * 3600;
constexpr int kCloseDay = 17 * 3600;

qint64 roundUp(qint64 quantity, qint64 lot)
{
    return (quantity + lot - 1) / lot * lot;
}

} // namespace

DemoStoreSimulator::DemoStoreSimulator(const DemoCatalogue &catalogue, const DemoStorePlan &plan,
                                       DemoRandom &random)
    : m_catalogue(catalogue)
    , m_plan(plan)
    , m_random(random)
{ }

DemoStoreActivity DemoStoreSimulator::run(DemoPeople &people)
{
    for (int i = 0; i < m_plan.locationCount; ++i)
        m_activity.locations.push_back(m_random.id());
    chooseStock();
    planDeliveries();
    planBatches();
    m_activity.issues = scheduleIssues();
    for (DemoIssue &issue : m_activity.issues)
        fillIssue(issue, people);
    dropUnusedBatches();
    settleBatches();
    if (!m_plan.central)
        keepDemonstrableStock();
    return std::move(m_activity);
}

void DemoStoreSimulator::chooseStock()
{
    const std::vector<DemoItem> &items = m_catalogue.items();
    m_activity.stocked.assign(items.size(), false);
    double total = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        // A clinic carries part of the catalogue, always the common medicines.
        if (!m_plan.central && items[i].use < 7 && !m_random.chance(m_plan.stockShare))
            continue;
        m_activity.stocked[i] = true;
        m_stockedItems.push_back(int(i));
        total += double(items[i].use) * items[i].use;
        m_cumulativeUse.push_back(total);
    }
    m_itemBatches.assign(items.size(), {});
    m_inUse.assign(items.size(), 0);
}

void DemoStoreSimulator::planDeliveries()
{
    // Some old stock from before the history starts, then regular deliveries.
    const int start = -m_plan.historyDays;
    std::vector<int> days{start - m_random.between(150, 300)};
    for (int day = start; day <= -1; day += m_plan.deliveryEvery)
        days.push_back(day == start ? day : qMin(-1, day + m_random.between(0, 3)));
    for (const int day : days) {
        DemoDelivery delivery;
        const bool fromMain
            = m_plan.otherSuppliers.empty() || m_random.chance(m_plan.mainSupplierShare);
        delivery.supplier = fromMain
            ? m_plan.mainSupplier
            : m_plan.otherSuppliers[size_t(m_random.below(int(m_plan.otherSuppliers.size())))];
        delivery.day = day;
        delivery.time = m_random.between(kOpenDay, kCloseDay - 1);
        delivery.reference = quint32(m_random.between(10000, 999999));
        m_activity.deliveries.push_back(delivery);
    }
}

void DemoStoreSimulator::planBatches()
{
    const std::vector<DemoItem> &items = m_catalogue.items();
    std::vector<int> period(items.size(), 1);
    std::vector<int> phase(items.size(), 0);
    for (const int item : m_stockedItems) {
        const int use = items[size_t(item)].use;
        // Common medicines come with every delivery, rare ones now and then.
        period[size_t(item)] = m_plan.central ? m_random.between(1, 2)
            : use >= 7                        ? 1
            : use >= 4                        ? m_random.between(1, 2)
                                              : m_random.between(2, 4);
        phase[size_t(item)] = m_random.below(period[size_t(item)]);
    }
    for (int delivery = 0; delivery < int(m_activity.deliveries.size()); ++delivery) {
        m_activity.deliveries[size_t(delivery)].firstBatch = int(m_activity.batches.size());
        const int round = delivery - 1; // 0 is the old stock
        for (const int item : m_stockedItems) {
            const bool wanted = round < 0
                ? m_random.chance(0.08)
                : round == 0 || round % period[size_t(item)] == phase[size_t(item)];
            if (wanted)
                addBatch(item, delivery);
        }
        m_activity.deliveries[size_t(delivery)].batchCount
            = int(m_activity.batches.size()) - m_activity.deliveries[size_t(delivery)].firstBatch;
    }
}

void DemoStoreSimulator::addBatch(int item, int delivery)
{
    const DemoItem &product = m_catalogue.items()[size_t(item)];
    DemoBatch batch;
    batch.id = m_random.id();
    batch.item = item;
    batch.delivery = delivery;
    batch.receivedDay = m_activity.deliveries[size_t(delivery)].day;
    batch.opening = delivery == 0;
    batch.packSize = m_plan.central ? product.packSize : 1;
    const int cold = m_plan.locationCount - 1;
    batch.location = product.vaccine ? cold : m_random.chance(0.1) ? -1 : m_random.below(cold);
    batch.cost = qMax<qint64>(
        1, qint64(product.unitCost) * batch.packSize * m_random.between(90, 115) / 100);
    batch.sell = batch.cost + qMax<qint64>(1, batch.cost * m_plan.markupPercent / 100);
    batch.batchNumber = quint32(m_random.next());
    if (!batch.opening)
        m_itemBatches[size_t(item)].push_back(int(m_activity.batches.size()));
    m_activity.batches.push_back(batch);
}

int DemoStoreSimulator::workingDay(int first, int last)
{
    // Clinics are quieter at the weekend.
    for (;;) {
        const int day = m_random.between(first, last);
        const int weekday = ((m_plan.todayDayOfWeek - 1 + day) % 7 + 7) % 7 + 1;
        if (weekday == 7 && !m_random.chance(0.15))
            continue;
        if (weekday == 6 && m_random.chance(0.5))
            continue;
        return day;
    }
}

std::vector<DemoIssue> DemoStoreSimulator::scheduleIssues()
{
    std::vector<DemoIssue> issues;
    if (m_stockedItems.empty())
        return issues;
    const int first = -m_plan.historyDays;
    const int prescriptions = m_plan.patients.empty() ? 0 : m_plan.prescriptions;
    const int invoices = m_plan.facilities.empty() ? 0 : m_plan.facilityInvoices;
    issues.reserve(size_t(prescriptions + invoices));
    for (int i = 0; i < prescriptions + invoices; ++i) {
        DemoIssue issue;
        issue.prescription = i < prescriptions;
        issue.day = workingDay(first, -1);
        issue.time = m_random.between(kOpenDay, kCloseDay - 1);
        issues.push_back(issue);
    }
    // Invoice numbers follow the order in which the invoices were made.
    std::sort(issues.begin(), issues.end(), [](const DemoIssue &a, const DemoIssue &b) {
        return a.day != b.day ? a.day < b.day : a.time < b.time;
    });
    for (size_t i = 0; i < issues.size(); ++i)
        issues[i].number = int(i) + 1;
    return issues;
}

int DemoStoreSimulator::pickPatient(const DemoPeople &people, int day)
{
    // Nobody receives a prescription before being born.
    int patient = 0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        patient = m_plan.patients[size_t(m_random.below(int(m_plan.patients.size())))];
        if (people.patients()[size_t(patient)].birthDay <= day)
            return patient;
    }
    return -1;
}

void DemoStoreSimulator::fillIssue(DemoIssue &issue, DemoPeople &people)
{
    int lineCount = 0;
    if (issue.prescription) {
        const int patient = pickPatient(people, issue.day);
        if (patient < 0)
            return; // left without lines, dropped below
        issue.party = people.patients()[size_t(patient)].id;
        people.noteVisit(patient, issue.day);
        if (!m_plan.clinicians.empty() && m_random.chance(0.85))
            issue.clinician
                = m_plan.clinicians[size_t(m_random.below(int(m_plan.clinicians.size())))];
        const double draw = m_random.unit();
        lineCount = draw < 0.35 ? 1 : draw < 0.7 ? 2 : draw < 0.9 ? 3 : 4;
    } else {
        issue.party = m_plan.facilities[size_t(m_random.below(int(m_plan.facilities.size())))];
        lineCount = m_plan.central ? m_random.between(5, 15) : m_random.between(3, 10);
    }
    issue.firstLine = int(m_activity.lines.size());
    std::vector<int> chosen;
    for (int attempt = 0; int(chosen.size()) < lineCount && attempt < lineCount * 4; ++attempt) {
        const int item = pickItem();
        if (std::find(chosen.begin(), chosen.end(), item) != chosen.end())
            continue;
        chosen.push_back(item);
        const int batch = batchInUse(item, issue.day);
        const qint64 quantity
            = issueQuantity(m_catalogue.items()[size_t(item)], issue.prescription);
        m_activity.batches[size_t(batch)].issued += quantity;
        m_activity.lines.push_back({batch, quantity});
    }
    issue.lineCount = int(chosen.size());
}

int DemoStoreSimulator::pickItem()
{
    // Weighted by use, squared: a clinic dispenses paracetamol all day long.
    const double draw = m_random.unit() * m_cumulativeUse.back();
    const auto place = std::upper_bound(m_cumulativeUse.begin(), m_cumulativeUse.end(), draw);
    const size_t index = qMin(size_t(place - m_cumulativeUse.begin()), m_stockedItems.size() - 1);
    return m_stockedItems[index];
}

int DemoStoreSimulator::batchInUse(int item, int day)
{
    // Issues come in date order, so the batch in use only ever moves forward.
    const std::vector<int> &batches = m_itemBatches[size_t(item)];
    size_t &current = m_inUse[size_t(item)];
    while (current + 1 < batches.size()
           && m_activity.batches[size_t(batches[current + 1])].receivedDay <= day)
        ++current;
    return batches[current];
}

qint64 DemoStoreSimulator::issueQuantity(const DemoItem &item, bool prescription)
{
    if (m_plan.central)
        return m_random.between(1, 20); // whole packs
    if (!prescription)
        return item.byCount ? m_random.between(1, 10) * 50 : m_random.between(5, 30);
    if (item.vaccine)
        return 1;
    if (item.byCount) {
        static constexpr int courses[] = {10, 14, 15, 20, 21, 28, 30, 30, 60, 90};
        return courses[m_random.below(int(std::size(courses)))];
    }
    return m_random.chance(0.8) ? 1 : m_random.between(2, 3);
}

void DemoStoreSimulator::dropUnusedBatches()
{
    // A batch in use that nobody asked for until the next one came would not
    // have been ordered: drop it, unless it is the last one (stock on hand).
    std::vector<bool> keep(m_activity.batches.size(), true);
    for (std::vector<int> &batches : m_itemBatches) {
        std::vector<int> kept;
        for (size_t i = 0; i < batches.size(); ++i) {
            const bool last = i + 1 == batches.size();
            if (last || m_activity.batches[size_t(batches[i])].issued > 0)
                kept.push_back(batches[i]);
            else
                keep[size_t(batches[i])] = false;
        }
        batches = std::move(kept);
    }
    std::vector<int> newIndex(m_activity.batches.size(), -1);
    std::vector<DemoBatch> batches;
    for (size_t i = 0; i < keep.size(); ++i) {
        if (!keep[i])
            continue;
        newIndex[i] = int(batches.size());
        batches.push_back(m_activity.batches[i]);
    }
    for (std::vector<int> &itemBatches : m_itemBatches) {
        for (int &batch : itemBatches)
            batch = newIndex[size_t(batch)];
    }
    for (DemoIssueLine &line : m_activity.lines)
        line.batch = newIndex[size_t(line.batch)];

    // Deliveries left with no batch did not happen; number the rest in order.
    std::vector<DemoDelivery> deliveries;
    std::vector<int> deliveryIndex(m_activity.deliveries.size(), -1);
    for (size_t i = 0; i < m_activity.deliveries.size(); ++i) {
        DemoDelivery delivery = m_activity.deliveries[i];
        const auto first = newIndex.begin() + delivery.firstBatch;
        const auto last = first + delivery.batchCount;
        delivery.batchCount = int(std::count_if(first, last, [](int index) { return index >= 0; }));
        if (delivery.batchCount == 0)
            continue;
        delivery.firstBatch = *std::find_if(first, last, [](int index) { return index >= 0; });
        delivery.number = int(deliveries.size()) + 1;
        deliveryIndex[i] = int(deliveries.size());
        deliveries.push_back(delivery);
    }
    for (DemoBatch &batch : batches)
        batch.delivery = deliveryIndex[size_t(batch.delivery)];
    m_activity.batches = std::move(batches);
    m_activity.deliveries = std::move(deliveries);

    // Prescriptions that found no patient old enough have no lines: drop them.
    std::erase_if(m_activity.issues, [](const DemoIssue &issue) { return issue.lineCount == 0; });
    for (size_t i = 0; i < m_activity.issues.size(); ++i)
        m_activity.issues[i].number = int(i) + 1;
}

void DemoStoreSimulator::settleBatches()
{
    for (DemoBatch &batch : m_activity.batches) {
        if (batch.opening)
            settleBatch(batch, INT_MAX, false);
    }
    for (const std::vector<int> &batches : m_itemBatches) {
        for (size_t i = 0; i < batches.size(); ++i) {
            const bool inUse = i + 1 == batches.size();
            const int next
                = inUse ? INT_MAX : m_activity.batches[size_t(batches[i + 1])].receivedDay;
            settleBatch(m_activity.batches[size_t(batches[i])], next, inUse);
        }
    }
}

void DemoStoreSimulator::settleBatch(DemoBatch &batch, int nextReceivedDay, bool inUse)
{
    const DemoItem &item = m_catalogue.items()[size_t(batch.item)];
    // Clinics receive whole boxes, counted in units; the central store counts packs.
    const qint64 lot = m_plan.central ? 1 : item.packSize;
    if (batch.opening) {
        // Forgotten old stock: expired, or expiring soon.
        batch.received = lot * m_random.between(1, 3);
        batch.expiryDay = m_random.between(-150, 80);
        batch.hold = batch.expiryDay < 0 && m_random.chance(0.3);
    } else if (inUse) {
        const qint64 reserve = m_plan.central ? m_random.between(5, 50)
            : item.byCount                    ? m_random.between(30, 300)
                                              : m_random.between(2, 20);
        batch.received = roundUp(batch.issued + batch.issued / 3 + reserve, lot);
        batch.expiryDay
            = m_random.chance(0.1) ? m_random.between(1, 90) : m_random.between(91, 1000);
    } else {
        // Most older batches were used up; some left a remainder on the shelf.
        batch.received = m_random.chance(0.7) ? batch.issued : roundUp(batch.issued + 1, lot);
        // Never expired while it was the batch in use.
        const int earliest = qMax(nextReceivedDay + 1, batch.receivedDay + 180);
        batch.expiryDay = m_random.between(earliest, qMax(earliest, batch.receivedDay + 1095));
    }
}

void DemoStoreSimulator::keepDemonstrableStock()
{
    // A clinic shows an expired batch and a batch on hold, both with stock, beside items of
    // several usable batches (first expiry, first out). Decided here, without chance, so the
    // rest of the world stays as the seed made it.
    const auto inStock = [](const DemoBatch &batch) { return batch.onHand() > 0; };
    const auto usable = [&](const DemoBatch &batch) {
        return inStock(batch) && batch.expiryDay > 0 && !batch.hold;
    };
    std::vector<DemoBatch> &batches = m_activity.batches;
    if (std::none_of(batches.begin(), batches.end(), [&](const DemoBatch &batch) {
            return inStock(batch) && batch.expiryDay < 0;
        })) {
        // Forgotten old stock, never issued from: it may have expired a month ago.
        const auto opening
            = std::find_if(batches.begin(), batches.end(),
                           [&](const DemoBatch &batch) { return batch.opening && inStock(batch); });
        if (opening != batches.end())
            opening->expiryDay = -30;
    }
    if (std::any_of(batches.begin(), batches.end(), [&](const DemoBatch &batch) {
            return inStock(batch) && batch.expiryDay > 0 && batch.hold;
        }))
        return;
    // Held for a quality check: the batch that would be issued first of the item with the most
    // usable batches, so that it still has another to issue.
    DemoBatch *held = nullptr;
    size_t most = 1;
    for (const std::vector<int> &itemBatches : m_itemBatches) {
        std::vector<DemoBatch *> candidates;
        for (const int index : itemBatches) {
            if (usable(batches[size_t(index)]))
                candidates.push_back(&batches[size_t(index)]);
        }
        if (candidates.size() <= most)
            continue;
        most = candidates.size();
        held = *std::min_element(
            candidates.begin(), candidates.end(),
            [](const DemoBatch *a, const DemoBatch *b) { return a->expiryDay < b->expiryDay; });
    }
    if (held)
        held->hold = true;
}

} // namespace primary
