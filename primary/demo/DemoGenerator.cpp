#include "DemoGenerator.h"

#include "DemoCalendar.h"
#include "DemoCatalogue.h"
#include "DemoPendingDeliveries.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoRecipes.h"
#include "DemoRecordSink.h"
#include "DemoReferenceWriter.h"
#include "DemoScale.h"
#include "DemoStoreSimulator.h"
#include "DemoStoreWriter.h"

namespace primary {

DemoGenerator::DemoGenerator(DemoSize size, quint64 seed, const QList<DemoStore> &stores)
    : m_size(size)
    , m_seed(seed)
    , m_stores(stores)
{ }

std::vector<DemoStoreIdentity> DemoGenerator::identities(const QList<DemoStore> &stores)
{
    const auto toId = [](const QString &text) {
        DemoId id;
        const QByteArray latin1 = text.toLatin1();
        std::copy_n(latin1.constData(), qMin(latin1.size(), qsizetype(id.hex.size())),
                    id.hex.begin());
        return id;
    };
    std::vector<DemoStoreIdentity> result;
    for (qsizetype i = 0; i < stores.size(); ++i) {
        const DemoStore &store = stores.at(i);
        result.push_back({toId(store.storeId), toId(store.nameId), toId(store.userId),
                          store.code.toUtf8(), store.name.toUtf8(), int(i) + 1,
                          store.siteName.isEmpty()});
    }
    return result;
}

std::vector<DemoStorePlan> DemoGenerator::plans(const DemoScale &scale, const DemoPeople &people,
                                                const std::vector<DemoStoreIdentity> &stores) const
{
    const DemoRecipes &recipes = DemoRecipes::instance();
    std::vector<DemoStorePlan> result;
    for (int store = 0; store < int(stores.size()); ++store) {
        DemoStorePlan plan;
        plan.store = store;
        plan.central = stores[size_t(store)].central;
        plan.historyDays = scale.historyDays;
        plan.todayDayOfWeek = today().dayOfWeek();
        plan.facilities = people.partnersOf(people.facilities(), store);
        if (plan.central) {
            // Buys from the suppliers, issues to the facilities.
            const std::vector<DemoId> suppliers = people.partnersOf(people.suppliers(), store);
            plan.mainSupplier = suppliers.front();
            plan.otherSuppliers.assign(suppliers.begin() + 1, suppliers.end());
            plan.mainSupplierShare = 0.4;
            plan.deliveryEvery = scale.centralDeliveryEvery;
            plan.facilityInvoices = scale.centralFacilityInvoices;
            plan.markupPercent = 10;
            plan.locationCount = int(recipes.centralLocations.size());
        } else {
            // Supplied by the central store, with some local purchases; the
            // other clinics are a fifth as busy as demo-clinic.
            const double share = store == kDemoClinicStore ? 1.0 : 0.18 - 0.03 * (store - 2);
            plan.mainSupplier = stores[kCentralStore].name;
            plan.otherSuppliers = people.partnersOf(people.suppliers(), store);
            plan.mainSupplierShare = 0.85;
            plan.deliveryEvery = scale.clinicDeliveryEvery;
            plan.stockShare = store == kDemoClinicStore ? 0.6 : 0.35;
            plan.prescriptions = int(scale.prescriptions * share);
            plan.facilityInvoices = int(scale.clinicFacilityInvoices * share);
            plan.markupPercent = 30;
            plan.locationCount = int(recipes.clinicLocations.size());
            plan.patients = people.patientsOf(store);
            plan.clinicians = people.cliniciansOf(store);
        }
        result.push_back(std::move(plan));
    }
    return result;
}

void DemoGenerator::run(const std::function<void(const DemoRecord &)> &sink) const
{
    const DemoScale scale = DemoScale::forSize(m_size);
    if (scale.items == 0)
        return;
    const DemoRecipes &recipes = DemoRecipes::instance();
    DemoRandom random(m_seed);
    const DemoCalendar calendar(today());
    const DemoCatalogue catalogue(recipes, scale.items, random);
    DemoPeople people(recipes, scale, random);

    // Play every store's history before writing anything: a patient's
    // created_date follows from the first prescription it received.
    DemoContext context{recipes, calendar, catalogue, people, identities(m_stores), random.id()};
    const std::vector<DemoStorePlan> storePlans = plans(scale, people, context.stores);
    std::vector<DemoStoreActivity> activities;
    for (const DemoStorePlan &plan : storePlans)
        activities.push_back(DemoStoreSimulator(catalogue, plan, random).run(people));
    people.settleCreatedDates(random);
    // A stream of their own, so that adding them left the rest of a seed's
    // world as it was.
    DemoRandom pendingRandom(m_seed ^ 0x50454E44494E4753ULL);
    for (size_t store = 0; store < activities.size(); ++store)
        activities[store].pending
            = DemoPendingDeliveries(catalogue, storePlans[store], pendingRandom)
                  .plan(activities[store]);

    DemoRecordSink out(sink);
    DemoReferenceWriter(context, out, random).write();
    for (size_t store = 0; store < activities.size(); ++store)
        DemoStoreWriter(context, int(store), activities[store], out, random).write();
}

} // namespace primary
