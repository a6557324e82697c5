#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace primary {

enum class DemoSize { None, Small, Medium, Large };

std::optional<DemoSize> parseDemoSize(QStringView text);

// A store of the demo world. A store with a site name is run by a satellite
// site of that name; one without is run by the primary itself (site 1).
struct DemoStore
{
    QString storeId;
    QString nameId; // the store's own `name` record (type "store")
    QString code;
    QString name;
    QString siteName; // empty: the primary's own store
    QString password; // the site's password in clear, for the demo only
    QString userId; // answered by GET /sync/v2/user/?store=<storeId>
};

// One record of the demo world, in the string dialect of v2.
struct DemoRecord
{
    QString type; // RecordType, e.g. "item_line"
    QString id; // equal to Data.ID
    QByteArray data; // a JSON object: the record's Data, every value a string
};

// A deterministic (by seed), realistic pharmacy world for demos, training and
// tests: a central store on the primary, clinic stores run by sites, and the
// reference data, stock, invoices and patients they hold.
class DemoWorld
{
public:
    DemoWorld(DemoSize size, quint64 seed);

    // The first store with a site is "demo-clinic" (password "demo").
    QList<DemoStore> stores() const;

    // Calls `sink` once per record: reference data first, every parent before
    // its children. The same size and seed always give the same records.
    void generate(const std::function<void(const DemoRecord &)> &sink) const;

private:
    DemoSize m_size;
    quint64 m_seed;
};

} // namespace primary
