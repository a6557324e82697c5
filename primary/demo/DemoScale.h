#pragma once

#include "DemoWorld.h"

namespace primary {

// The stores of the world, in the order of DemoWorld::stores().
constexpr int kDemoStoreCount = 4;
constexpr int kCentralStore = 0;
constexpr int kDemoClinicStore = 1;

// How much of everything a world of a given size holds. The numbers are
// tuned so that the records visible to demo-clinic come to about 2,000
// (small), 50,000 (medium) and 280,000 (large); tst_demoworld checks it.
struct DemoScale
{
    int items = 0;
    int historyDays = 0; // how far back stock and invoices go
    int patients = 0; // in all clinics together
    int facilities = 0; // customers of the central store
    int suppliers = 0;
    int clinicians = 0;
    int prescriptions = 0; // at demo-clinic; the other clinics have fewer
    int centralFacilityInvoices = 0;
    int clinicFacilityInvoices = 0; // at demo-clinic, to its outreach posts
    int clinicDeliveryEvery = 0; // days between deliveries to a clinic
    int centralDeliveryEvery = 0;

    static DemoScale forSize(DemoSize size);
};

} // namespace primary
