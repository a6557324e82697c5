#include "DemoPeople.h"

#include "DemoRandom.h"
#include "DemoRecipes.h"
#include "DemoScale.h"

#include <algorithm>

namespace primary {

namespace {

quint64 mobileNumber(DemoRandom &random)
{
    return 700000000ULL + quint64(random.below(100000000));
}

QByteArray codeFrom(const QString &name, int number)
{
    QByteArray letters;
    for (const QChar c : name) {
        if (c.isUpper() && c.unicode() < 128 && letters.size() < 3)
            letters.append(char(c.unicode()));
    }
    return letters + QByteArray::number(number).rightJustified(2, '0');
}

} // namespace

DemoPeople::DemoPeople(const DemoRecipes &recipes, const DemoScale &scale, DemoRandom &random)
    : m_adjustmentNameId(random.id())
{
    addSuppliers(recipes, scale.suppliers, random);
    addFacilities(recipes, scale.facilities, random);
    addPatients(recipes, scale.patients, random);
    addClinicians(recipes, scale.clinicians, random);
}

void DemoPeople::addSuppliers(const DemoRecipes &recipes, int count, DemoRandom &random)
{
    count = qMin(count, int(recipes.suppliers.size()));
    for (int i = 0; i < count; ++i) {
        DemoPartner supplier;
        supplier.id = random.id();
        supplier.name = recipes.suppliers.at(i).toUtf8();
        supplier.code = codeFrom(recipes.suppliers.at(i), i + 1);
        supplier.place = random.below(int(recipes.places.size()));
        supplier.phone = mobileNumber(random);
        // The central store buys from all; each clinic also buys locally from one.
        supplier.stores = 1u << kCentralStore;
        if (i < kDemoStoreCount - 1)
            supplier.stores |= 1u << (i + 1);
        m_suppliers.push_back(std::move(supplier));
    }
}

void DemoPeople::addFacilities(const DemoRecipes &recipes, int count, DemoRandom &random)
{
    const int places = int(recipes.places.size());
    const int kinds = int(recipes.facilityKinds.size());
    count = qMin(count, places * kinds);
    for (int i = 0; i < count; ++i) {
        DemoPartner facility;
        facility.id = random.id();
        facility.place = (i * 7 + 3) % places; // spread over the places, each once at first
        const QString name = recipes.places.at(facility.place) + u' '
            + recipes.facilityKinds.at((i / places + random.below(kinds)) % kinds);
        facility.name = name.toUtf8();
        facility.code = codeFrom(name, i + 1);
        facility.phone = random.chance(0.7) ? mobileNumber(random) : 0;
        // Supplied by the central store; the first few are outreach posts of
        // a clinic too, two per clinic.
        facility.stores = 1u << kCentralStore;
        if (i < (kDemoStoreCount - 1) * 2)
            facility.stores |= 1u << (1 + i % (kDemoStoreCount - 1));
        m_facilities.push_back(std::move(facility));
    }
}

int DemoPeople::clinicByShare(DemoRandom &random)
{
    // demo-clinic is the busy one; the other two get about a fifth each.
    const double draw = random.unit();
    if (draw < 0.70)
        return kDemoClinicStore;
    return draw < 0.86 ? kDemoClinicStore + 1 : kDemoClinicStore + 2;
}

void DemoPeople::addPatients(const DemoRecipes &recipes, int count, DemoRandom &random)
{
    m_patients.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        DemoPatient patient;
        patient.id = random.id();
        patient.female = random.chance(0.53);
        patient.first
            = random.below(int((patient.female ? recipes.femaleNames : recipes.maleNames).size()));
        patient.last = random.below(int(recipes.lastNames.size()));
        const double ageDraw = random.unit();
        const int years = ageDraw < 0.25 ? random.below(15)
            : ageDraw < 0.85             ? random.between(15, 64)
                                         : random.between(65, 94);
        patient.birthDay = -(years * 365 + random.below(365)) - 1;
        patient.stores[0] = clinicByShare(random);
        if (random.chance(0.15)) {
            // Also seen at one of the other two clinics.
            const int other = random.below(kDemoStoreCount - 2);
            patient.stores[1] = 1 + (patient.stores[0] - 1 + 1 + other) % (kDemoStoreCount - 1);
        }
        patient.phone = random.chance(0.7) ? mobileNumber(random) : 0;
        patient.healthNumber = 100000000ULL + quint64(random.below(900000000));
        patient.code = 100001 + i;
        patient.house = random.between(1, 250);
        patient.street = random.below(int(recipes.streets.size()));
        patient.place = random.below(int(recipes.places.size()));
        m_patients.push_back(patient);
    }
}

void DemoPeople::addClinicians(const DemoRecipes &recipes, int count, DemoRandom &random)
{
    for (int i = 0; i < count; ++i) {
        DemoClinician clinician;
        clinician.id = random.id();
        clinician.female = random.chance(0.55);
        clinician.first = random.below(
            int((clinician.female ? recipes.femaleNames : recipes.maleNames).size()));
        clinician.last = random.below(int(recipes.lastNames.size()));
        // Every clinic has at least one prescriber.
        clinician.store = i < kDemoStoreCount - 1 ? i + 1 : clinicByShare(random);
        clinician.number = i + 1;
        clinician.registration = random.between(10000, 99999);
        m_clinicians.push_back(clinician);
    }
}

std::vector<int> DemoPeople::patientsOf(int store) const
{
    std::vector<int> result;
    for (size_t i = 0; i < m_patients.size(); ++i) {
        if (m_patients[i].stores[0] == store || m_patients[i].stores[1] == store)
            result.push_back(int(i));
    }
    return result;
}

std::vector<int> DemoPeople::cliniciansOf(int store) const
{
    std::vector<int> result;
    for (size_t i = 0; i < m_clinicians.size(); ++i) {
        if (m_clinicians[i].store == store)
            result.push_back(int(i));
    }
    return result;
}

std::vector<DemoId> DemoPeople::partnersOf(const std::vector<DemoPartner> &partners,
                                           int store) const
{
    std::vector<DemoId> result;
    for (const DemoPartner &partner : partners) {
        if (partner.stores & (1u << store))
            result.push_back(partner.id);
    }
    return result;
}

void DemoPeople::noteVisit(int patient, int day)
{
    int &first = m_patients[size_t(patient)].firstVisit;
    first = std::min(first, day);
}

void DemoPeople::settleCreatedDates(DemoRandom &random)
{
    for (DemoPatient &patient : m_patients) {
        const int latest = patient.firstVisit == INT_MAX ? -1 : patient.firstVisit;
        const int created = latest - random.between(0, 720);
        patient.createdDay = std::clamp(created, patient.birthDay, latest);
    }
}

} // namespace primary
