#pragma once

#include "DemoId.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace primary {

class DemoRandom;
class DemoRecordSink;
struct DemoContext;
struct DemoItem;

// Writes the records every site sees (and patients, which a site sees once
// joined to its store), parents first: currencies, reasons, units,
// categories, items, names, stores, clinicians, master lists.
class DemoReferenceWriter
{
public:
    DemoReferenceWriter(const DemoContext &context, DemoRecordSink &out, DemoRandom &random);

    void write();

private:
    // The fields of a `name` record; what a kind of name leaves out is empty.
    struct Name
    {
        DemoId id;
        QByteArrayView type;
        QByteArrayView name;
        QByteArrayView code;
        QByteArrayView first;
        QByteArrayView last;
        QByteArrayView phone;
        QByteArrayView email;
        QByteArrayView address1;
        QByteArrayView address2;
        QByteArrayView healthNumber;
        int birthDay = 0; // 0: no date
        int createdDay = 0;
        bool customer = false;
        bool supplier = false;
        bool female = false;
    };

    void writeCurrencies();
    void writeReasons();
    void writeUnits();
    void writeCategories();
    void writeItems();
    void writeItem(const DemoItem &item);
    void writeStoreNames();
    void writePartners();
    void writePatients();
    void writeName(const Name &name);
    void writeStores();
    void writeClinicians();
    void writeMasterLists();
    DemoId writeMasterList(QByteArrayView description, QByteArrayView note);
    void writeMasterListLines(const DemoId &list, bool (*wanted)(const DemoItem &));
    void writeMasterListJoin(const DemoId &list, QByteArrayView description, const DemoId &name);

    const DemoContext &m_context;
    DemoRecordSink &m_out;
    DemoRandom &m_random;
    std::vector<QByteArray> m_femaleNames;
    std::vector<QByteArray> m_maleNames;
    std::vector<QByteArray> m_lastNames;
    std::vector<QByteArray> m_places;
    std::vector<QByteArray> m_streets;
};

} // namespace primary
