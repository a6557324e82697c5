#include "DemoScale.h"

namespace primary {

DemoScale DemoScale::forSize(DemoSize size)
{
    switch (size) {
    case DemoSize::None: return {};
    case DemoSize::Small:
        return {.items = 150,
                .historyDays = 60,
                .patients = 330,
                .facilities = 6,
                .suppliers = 4,
                .clinicians = 6,
                .prescriptions = 165,
                .centralFacilityInvoices = 10,
                .clinicFacilityInvoices = 3,
                .clinicDeliveryEvery = 14,
                .centralDeliveryEvery = 30};
    case DemoSize::Medium:
        return {.items = 600,
                .historyDays = 365,
                .patients = 9000,
                .facilities = 16,
                .suppliers = 8,
                .clinicians = 16,
                .prescriptions = 10000,
                .centralFacilityInvoices = 80,
                .clinicFacilityInvoices = 24,
                .clinicDeliveryEvery = 28,
                .centralDeliveryEvery = 60};
    case DemoSize::Large:
        return {.items = 2000,
                .historyDays = 730,
                .patients = 38000,
                .facilities = 30,
                .suppliers = 12,
                .clinicians = 40,
                .prescriptions = 63000,
                .centralFacilityInvoices = 200,
                .clinicFacilityInvoices = 50,
                .clinicDeliveryEvery = 28,
                .centralDeliveryEvery = 90};
    }
    return {};
}

} // namespace primary
