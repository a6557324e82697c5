#pragma once

#include "DemoId.h"

#include <QByteArray>
#include <vector>

namespace primary {

class DemoCalendar;
class DemoCatalogue;
class DemoPeople;
struct DemoRecipes;

// A store as the record writers need it.
struct DemoStoreIdentity
{
    DemoId store;
    DemoId name; // its name record, type "store"
    DemoId user;
    QByteArray code;
    QByteArray title;
    int siteId = 1; // sync_id_remote_site: 1 is the primary itself
    bool central = false;
};

// What the record writers share: the world once it has been planned.
struct DemoContext
{
    const DemoRecipes &recipes;
    const DemoCalendar &calendar;
    const DemoCatalogue &catalogue;
    const DemoPeople &people;
    std::vector<DemoStoreIdentity> stores;
    DemoId homeCurrency;
};

} // namespace primary
