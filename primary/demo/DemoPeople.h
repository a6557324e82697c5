#pragma once

#include "DemoId.h"

#include <QByteArray>
#include <climits>
#include <vector>

namespace primary {

class DemoRandom;
struct DemoRecipes;
struct DemoScale;

// A supplier or a facility (a customer of the central store).
struct DemoPartner
{
    DemoId id;
    QByteArray name;
    QByteArray code;
    int place = 0;
    quint64 phone = 0;
    quint32 stores = 0; // bit i set: store i deals with it (a name_store_join)
};

// Patients are held as indices into the recipe lists, not as text: the
// large world has tens of thousands of them.
struct DemoPatient
{
    DemoId id;
    int first = 0; // into the female or the male names
    int last = 0;
    bool female = false;
    int birthDay = 0;
    int createdDay = 0;
    int firstVisit = INT_MAX;
    int stores[2] = {-1, -1}; // the clinics it is registered at
    quint64 phone = 0; // 0: none given
    quint64 healthNumber = 0;
    int code = 0;
    int house = 0;
    int street = 0;
    int place = 0;
};

struct DemoClinician
{
    DemoId id;
    int first = 0;
    int last = 0;
    bool female = false;
    int store = 0;
    int number = 0;
    int registration = 0;
};

// The names of the world other than the stores': suppliers, facilities,
// patients and clinicians, and which stores each belongs to.
class DemoPeople
{
public:
    DemoPeople(const DemoRecipes &recipes, const DemoScale &scale, DemoRandom &random);

    const DemoId &adjustmentNameId() const { return m_adjustmentNameId; }
    const std::vector<DemoPartner> &suppliers() const { return m_suppliers; }
    const std::vector<DemoPartner> &facilities() const { return m_facilities; }
    const std::vector<DemoPatient> &patients() const { return m_patients; }
    const std::vector<DemoClinician> &clinicians() const { return m_clinicians; }

    std::vector<int> patientsOf(int store) const;
    std::vector<int> cliniciansOf(int store) const;
    std::vector<DemoId> partnersOf(const std::vector<DemoPartner> &partners, int store) const;

    // A patient is registered before the first prescription it received.
    void noteVisit(int patient, int day);
    void settleCreatedDates(DemoRandom &random);

private:
    void addSuppliers(const DemoRecipes &recipes, int count, DemoRandom &random);
    void addFacilities(const DemoRecipes &recipes, int count, DemoRandom &random);
    void addPatients(const DemoRecipes &recipes, int count, DemoRandom &random);
    void addClinicians(const DemoRecipes &recipes, int count, DemoRandom &random);
    static int clinicByShare(DemoRandom &random);

    DemoId m_adjustmentNameId;
    std::vector<DemoPartner> m_suppliers;
    std::vector<DemoPartner> m_facilities;
    std::vector<DemoPatient> m_patients;
    std::vector<DemoClinician> m_clinicians;
};

} // namespace primary
