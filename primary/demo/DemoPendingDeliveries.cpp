#include "DemoPendingDeliveries.h"

#include "DemoCatalogue.h"
#include "DemoRandom.h"
#include "DemoStoreSimulator.h"

#include <algorithm>

namespace primary {

DemoPendingDeliveries::DemoPendingDeliveries(const DemoCatalogue &catalogue,
                                             const DemoStorePlan &plan, DemoRandom &random)
    : m_catalogue(catalogue)
    , m_plan(plan)
    , m_random(random)
{ }

std::vector<DemoPendingDelivery> DemoPendingDeliveries::plan(const DemoStoreActivity &activity)
{
    if (m_plan.central)
        return {};
    // Sent in the last few days, after the last delivery the clinic received,
    // and numbered after it: the confirmed one first, then the new one.
    const int last = activity.deliveries.empty() ? -5 : activity.deliveries.back().day;
    const int number = activity.deliveries.empty() ? 1 : activity.deliveries.back().number + 1;
    const int confirmedDay = qMax(last, m_random.between(-4, -1));
    std::vector<DemoPendingDelivery> result;
    result.push_back(delivery(activity, confirmedDay, number, true));
    result.push_back(delivery(activity, m_random.between(confirmedDay + 1, 0), number + 1, false));
    return result;
}

DemoPendingDelivery DemoPendingDeliveries::delivery(const DemoStoreActivity &activity, int day,
                                                    int number, bool confirmed)
{
    const std::vector<DemoItem> &items = m_catalogue.items();
    std::vector<int> stocked;
    for (size_t i = 0; i < activity.stocked.size(); ++i) {
        if (activity.stocked[i])
            stocked.push_back(int(i));
    }
    DemoPendingDelivery delivery;
    delivery.id = m_random.id();
    delivery.supplier = m_plan.mainSupplier;
    delivery.confirmed = confirmed;
    delivery.day = day;
    delivery.time = m_random.between(8 * 3600, 17 * 3600 - 1);
    delivery.number = number;
    delivery.reference = quint32(m_random.between(10000, 999999));
    const int lineCount = qMin(m_random.between(2, 4), int(stocked.size()));
    std::vector<int> chosen;
    while (int(chosen.size()) < lineCount) {
        const int item = stocked[size_t(m_random.below(int(stocked.size())))];
        if (std::find(chosen.begin(), chosen.end(), item) != chosen.end())
            continue;
        chosen.push_back(item);
        const DemoItem &product = items[size_t(item)];
        DemoBatch line;
        line.id = m_random.id();
        line.item = item;
        line.delivery = -1;
        line.receivedDay = day;
        line.expiryDay = m_random.between(365, 1095);
        // Whole packs as the central store holds them, at its price (cost and
        // its markup of 10%); the clinic sells with its own markup.
        line.packSize = product.packSize;
        line.received = m_random.between(2, 12);
        const qint64 cost
            = qint64(product.unitCost) * product.packSize * m_random.between(90, 115) / 100;
        line.cost = qMax<qint64>(1, cost + cost / 10);
        line.sell = line.cost + qMax<qint64>(1, line.cost * m_plan.markupPercent / 100);
        line.batchNumber = quint32(m_random.next());
        delivery.lines.push_back(line);
    }
    return delivery;
}

} // namespace primary
