#include "DemoReferenceWriter.h"

#include "DemoCalendar.h"
#include "DemoCatalogue.h"
#include "DemoContext.h"
#include "DemoFormat.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoRecipes.h"
#include "DemoRecordSink.h"

namespace primary {

using namespace Qt::StringLiterals;

namespace {

std::vector<QByteArray> utf8List(const QStringList &list)
{
    std::vector<QByteArray> result;
    for (const QString &text : list)
        result.push_back(text.toUtf8());
    return result;
}

bool isEssential(const DemoItem &item)
{
    return !item.bulkPack && (item.ven == "V" || item.ven == "E");
}

bool isVaccine(const DemoItem &item)
{
    return !item.bulkPack && item.vaccine;
}

bool isClinicFormulary(const DemoItem &item)
{
    return !item.bulkPack && item.use >= 4;
}

} // namespace

DemoReferenceWriter::DemoReferenceWriter(const DemoContext &context, DemoRecordSink &out,
                                         DemoRandom &random)
    : m_context(context)
    , m_out(out)
    , m_random(random)
    , m_femaleNames(utf8List(context.recipes.femaleNames))
    , m_maleNames(utf8List(context.recipes.maleNames))
    , m_lastNames(utf8List(context.recipes.lastNames))
    , m_places(utf8List(context.recipes.places))
    , m_streets(utf8List(context.recipes.streets))
{ }

void DemoReferenceWriter::write()
{
    writeCurrencies();
    writeReasons();
    writeUnits();
    writeCategories();
    writeItems();
    writeStoreNames();
    writePartners();
    writePatients();
    writeStores();
    writeClinicians();
    writeMasterLists();
}

void DemoReferenceWriter::writeCurrencies()
{
    bool homeWritten = false;
    for (const DemoCurrencyRecipe &currency : m_context.recipes.currencies) {
        const bool home = currency.home && !homeWritten;
        homeWritten = homeWritten || home;
        const DemoId id = home ? m_context.homeCurrency : m_random.id();
        DemoJsonWriter &json = m_out.json();
        json.id("ID", id);
        json.money("rate", currency.rateHundredths);
        json.text("currency", currency.code.toUtf8());
        json.boolean("is_home_currency", home);
        json.plain("date_updated", m_context.calendar.date(-400));
        json.boolean("is_active", true);
        m_out.finish(u"currency"_s, id);
    }
}

void DemoReferenceWriter::writeReasons()
{
    for (const DemoCodeTitle &reason : m_context.recipes.reasons) {
        const DemoId id = m_random.id();
        DemoJsonWriter &json = m_out.json();
        json.id("ID", id);
        json.text("type", reason.code.toUtf8());
        json.boolean("isActive", true);
        json.text("title", reason.title.toUtf8());
        m_out.finish(u"options"_s, id);
    }
}

void DemoReferenceWriter::writeUnits()
{
    int order = 0;
    for (const DemoUnit &unit : m_context.catalogue.units()) {
        DemoJsonWriter &json = m_out.json();
        json.id("ID", unit.id);
        json.text("units", unit.name);
        json.text("comment", unit.comment);
        json.number("order_number", order++);
        m_out.finish(u"unit"_s, unit.id);
    }
}

void DemoReferenceWriter::writeCategories()
{
    int order = 0;
    for (const DemoCategory &category : m_context.catalogue.categories()) {
        DemoJsonWriter &json = m_out.json();
        json.text("Description", category.description);
        json.id("ID", category.id);
        json.empty("parent_ID");
        json.number("sort_order", ++order * 10);
        json.boolean("summary_only", false);
        m_out.finish(u"item_category"_s, category.id);
    }
}

void DemoReferenceWriter::writeItems()
{
    for (const DemoItem &item : m_context.catalogue.items())
        writeItem(item);
}

void DemoReferenceWriter::writeItem(const DemoItem &item)
{
    const DemoCatalogue &catalogue = m_context.catalogue;
    DemoJsonWriter &json = m_out.json();
    json.id("ID", item.id);
    json.text("item_name", item.name);
    json.plain("start_of_year_date", DemoCalendar::noDate());
    json.number("default_pack_size", item.packSize);
    json.text("code", item.code);
    json.empty("other_names");
    json.plain("type_of", "general");
    json.boolean("price_editable", false);
    json.number("margin", 0);
    json.boolean("essential_drug_list", item.ven == "V" || item.ven == "E");
    json.text("strength", item.strength);
    json.id("unit_ID", catalogue.units()[size_t(item.unit)].id);
    json.id("category_ID", catalogue.categories()[size_t(item.category)].id);
    json.empty("description");
    json.number("outer_pack_size", 0);
    json.number("volume_per_pack", 0);
    json.number("weight", 0);
    json.money("buy_price", qint64(item.unitCost) * item.packSize);
    json.text("VEN_category", item.ven);
    json.boolean("expiry_date_mandatory", true);
    json.number("doses", item.doses);
    json.boolean("is_vaccine", item.vaccine);
    json.empty("restricted_location_type_ID");
    m_out.finish(u"item"_s, item.id);
}

void DemoReferenceWriter::writeName(const Name &name)
{
    DemoJsonWriter &json = m_out.json();
    const DemoCalendar &calendar = m_context.calendar;
    json.id("ID", name.id);
    json.text("name", name.name);
    json.empty("fax");
    json.text("phone", name.phone);
    json.boolean("customer", name.customer);
    json.text("bill_address1", name.address1);
    json.text("bill_address2", name.address2);
    json.boolean("supplier", name.supplier);
    json.text("charge code", name.code);
    json.number("margin", 0);
    json.empty("comment");
    json.empty("currency_ID");
    json.empty("country");
    json.text("email", name.email);
    json.text("code", name.code);
    json.text("last", name.last);
    json.text("first", name.first);
    json.boolean("female", name.female);
    json.plain("date_of_birth",
               name.birthDay ? calendar.date(name.birthDay) : DemoCalendar::noDate());
    json.boolean("hold", false);
    json.plain("type", name.type);
    json.boolean("manufacturer", false);
    json.text("national_health_number", name.healthNumber);
    json.boolean("donor", false);
    json.empty("supplying_store_id");
    json.plain("created_date", calendar.date(name.createdDay));
    json.boolean("isDeceased", false);
    m_out.finish(u"name"_s, name.id);
}

void DemoReferenceWriter::writeStoreNames()
{
    const int opened = -1500;
    for (const DemoStoreIdentity &store : m_context.stores) {
        Name name;
        name.id = store.name;
        name.type = "store";
        name.name = store.title;
        name.code = store.code;
        name.customer = !store.central;
        name.supplier = store.central; // the clinics are supplied by the central store
        name.createdDay = opened;
        writeName(name);
    }
    Name adjustments;
    adjustments.id = m_context.people.adjustmentNameId();
    adjustments.type = "invad";
    adjustments.name = "Inventory adjustments";
    adjustments.code = "invad";
    adjustments.createdDay = opened;
    writeName(adjustments);
}

void DemoReferenceWriter::writePartners()
{
    const auto write = [this](const DemoPartner &partner, bool supplier) {
        const QByteArray phone = demoformat::phone(partner.phone);
        const QByteArray email
            = supplier ? "orders@" + partner.code.toLower() + ".example" : QByteArray();
        Name name;
        name.id = partner.id;
        name.type = "facility";
        name.name = partner.name;
        name.code = partner.code;
        name.phone = phone;
        name.email = email;
        name.address2 = m_places[size_t(partner.place)];
        name.customer = !supplier;
        name.supplier = supplier;
        name.createdDay = -m_random.between(800, 1500);
        writeName(name);
    };
    for (const DemoPartner &supplier : m_context.people.suppliers())
        write(supplier, true);
    for (const DemoPartner &facility : m_context.people.facilities())
        write(facility, false);
}

void DemoReferenceWriter::writePatients()
{
    for (const DemoPatient &patient : m_context.people.patients()) {
        const QByteArray &first
            = (patient.female ? m_femaleNames : m_maleNames)[size_t(patient.first)];
        const QByteArray &last = m_lastNames[size_t(patient.last)];
        const QByteArray fullName = last + ", " + first;
        const QByteArray code = demoformat::code("P", patient.code, 6);
        const QByteArray phone = demoformat::phone(patient.phone);
        const QByteArray address
            = QByteArray::number(patient.house) + ' ' + m_streets[size_t(patient.street)];
        const QByteArray healthNumber = demoformat::code("NH", qint64(patient.healthNumber), 9);
        Name name;
        name.id = patient.id;
        name.type = "patient";
        name.name = fullName;
        name.code = code;
        name.first = first;
        name.last = last;
        name.phone = phone;
        name.address1 = address;
        name.address2 = m_places[size_t(patient.place)];
        name.healthNumber = healthNumber;
        name.birthDay = patient.birthDay;
        name.createdDay = patient.createdDay;
        name.customer = true;
        name.female = patient.female;
        writeName(name);
    }
}

void DemoReferenceWriter::writeStores()
{
    for (const DemoStoreIdentity &store : m_context.stores) {
        DemoJsonWriter &json = m_out.json();
        json.id("ID", store.store);
        json.text("name", store.title);
        json.text("code", store.code);
        json.id("name_ID", store.name);
        json.boolean("disabled", false);
        json.empty("responsible_user_ID");
        json.empty("organisation_name");
        json.empty("address_1");
        json.empty("address_2");
        json.number("sync_id_remote_site", store.siteId);
        json.plain("store_mode", store.central ? "store" : "dispensary");
        json.empty("phone");
        json.empty("tags");
        json.plain("created_date", m_context.calendar.date(-1500));
        m_out.finish(u"store"_s, store.store);
    }
}

void DemoReferenceWriter::writeClinicians()
{
    for (const DemoClinician &clinician : m_context.people.clinicians()) {
        const QByteArray &first
            = (clinician.female ? m_femaleNames : m_maleNames)[size_t(clinician.first)];
        const QByteArray &last = m_lastNames[size_t(clinician.last)];
        const QByteArray initials = QByteArray(1, first.at(0)) + last.at(0);
        DemoJsonWriter &json = m_out.json();
        json.id("ID", clinician.id);
        json.plain("code", demoformat::code("CL", clinician.number, 3));
        json.text("last_name", last);
        json.text("initials", initials);
        json.text("first_name", first);
        json.plain("registration_code", demoformat::code("MC", clinician.registration, 5));
        json.empty("address1");
        json.empty("address2");
        json.empty("phone");
        json.empty("mobile");
        json.empty("email");
        json.boolean("female", clinician.female);
        json.boolean("active", true);
        json.id("store_ID", m_context.stores[size_t(clinician.store)].store);
        m_out.finish(u"clinician"_s, clinician.id);
    }
}

void DemoReferenceWriter::writeMasterLists()
{
    const std::vector<DemoStoreIdentity> &stores = m_context.stores;
    struct List
    {
        QByteArrayView description;
        QByteArrayView note;
        bool (*wanted)(const DemoItem &);
        bool central;
    };
    const List lists[] = {
        {"Essential Medicines List", "National list, all stores", isEssential, true},
        {"Vaccines", "Routine immunisation", isVaccine, true},
        {"Clinic dispensary formulary", "What a clinic dispensary stocks", isClinicFormulary,
         false},
    };
    for (const List &list : lists) {
        const DemoId id = writeMasterList(list.description, list.note);
        writeMasterListLines(id, list.wanted);
        for (const DemoStoreIdentity &store : stores) {
            if (list.central || !store.central)
                writeMasterListJoin(id, list.description, store.name);
        }
    }
}

DemoId DemoReferenceWriter::writeMasterList(QByteArrayView description, QByteArrayView note)
{
    const DemoId id = m_random.id();
    DemoJsonWriter &json = m_out.json();
    json.id("ID", id);
    json.text("description", description);
    json.plain("date_created", m_context.calendar.date(-1200));
    json.id("created_by_user_ID", m_context.stores.front().user);
    json.text("note", note);
    json.boolean("gets_new_items", false);
    json.boolean("isProgram", false);
    json.empty("code");
    json.boolean("isPatientList", false);
    json.boolean("inactive", false);
    json.boolean("is_default_price_list", false);
    m_out.finish(u"list_master"_s, id);
    return id;
}

void DemoReferenceWriter::writeMasterListLines(const DemoId &list, bool (*wanted)(const DemoItem &))
{
    int order = 0;
    for (const DemoItem &item : m_context.catalogue.items()) {
        if (!wanted(item))
            continue;
        const DemoId id = m_random.id();
        DemoJsonWriter &json = m_out.json();
        json.id("ID", id);
        json.id("item_master_ID", list);
        json.id("item_ID", item.id);
        json.number("imprest_quan", 0);
        json.number("order_number", ++order);
        json.money("price", qint64(item.unitCost) * item.packSize);
        m_out.finish(u"list_master_line"_s, id);
    }
}

void DemoReferenceWriter::writeMasterListJoin(const DemoId &list, QByteArrayView description,
                                              const DemoId &name)
{
    const DemoId id = m_random.id();
    DemoJsonWriter &json = m_out.json();
    json.id("ID", id);
    json.text("description", description);
    json.id("name_ID", name);
    json.id("list_master_ID", list);
    json.boolean("include_web", false);
    json.boolean("include_imprest", false);
    json.boolean("include_stock_hist", false);
    json.boolean("price_list", false);
    m_out.finish(u"list_master_name_join"_s, id);
}

} // namespace primary
