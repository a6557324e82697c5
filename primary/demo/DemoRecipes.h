#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace primary {

// One way a product is presented: "tablets" in "Tab" units, in these
// strengths, sold in these pack sizes (units per pack).
struct DemoFormRecipe
{
    QString form;
    QString unit;
    QStringList strengths;
    QList<int> packs;
};

// A medicine, vaccine or consumable of the recipe lists.
struct DemoProductRecipe
{
    QString name;
    QString category;
    QString ven;
    int use = 1; // how often a clinic dispenses it, 1-10
    bool vaccine = false;
    QList<DemoFormRecipe> forms;
};

struct DemoUnitRecipe
{
    QString units;
    QString comment;
    bool byCount = false; // dispensed by counting units (tablets)
    int unitCost = 0; // typical cost of one unit, in cents
};

struct DemoCodeTitle
{
    QString code;
    QString title;
};

struct DemoCurrencyRecipe
{
    QString code;
    int rateHundredths = 100;
    bool home = false;
};

// The recipe lists compiled in from resources/demo/*.json (resource prefix
// ":/demo/"): what the demo world is made of, kept out of the code.
struct DemoRecipes
{
    QList<DemoProductRecipe> products; // medicines, vaccines, consumables
    QList<DemoUnitRecipe> units;
    QStringList femaleNames;
    QStringList maleNames;
    QStringList lastNames;
    QStringList places;
    QStringList streets;
    QStringList facilityKinds;
    QStringList suppliers;
    QList<DemoCodeTitle> centralLocations; // the last one is the cold store
    QList<DemoCodeTitle> clinicLocations; // the last one is the cold store
    QList<DemoCodeTitle> reasons; // option type, title
    QList<DemoCurrencyRecipe> currencies;

    // Parsed once, on first use. A missing or broken recipe file is a
    // build mistake and stops the program.
    static const DemoRecipes &instance();
};

} // namespace primary
