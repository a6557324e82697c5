#pragma once

#include "DemoStoreActivity.h"

#include <vector>

namespace primary {

class DemoCatalogue;
class DemoRandom;
struct DemoStorePlan;

// Plans the supplier invoices a clinic is still waiting for: one confirmed
// ("cn") and one new ("nw"), each of a few items it carries, sent by its main
// supplier (the central store), so that a satellite can show receiving goods.
class DemoPendingDeliveries
{
public:
    DemoPendingDeliveries(const DemoCatalogue &catalogue, const DemoStorePlan &plan,
                          DemoRandom &random);

    std::vector<DemoPendingDelivery> plan(const DemoStoreActivity &activity);

private:
    DemoPendingDelivery delivery(const DemoStoreActivity &activity, int day, int number,
                                 bool confirmed);

    const DemoCatalogue &m_catalogue;
    const DemoStorePlan &m_plan;
    DemoRandom &m_random;
};

} // namespace primary
