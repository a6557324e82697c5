#pragma once

#include "DemoId.h"

#include <QByteArray>
#include <vector>

namespace primary {

class DemoRandom;
struct DemoProductRecipe;
struct DemoRecipes;

struct DemoUnit
{
    DemoId id;
    QByteArray name;
    QByteArray comment;
};

struct DemoCategory
{
    DemoId id;
    QByteArray description;
};

// An item of the catalogue. Names and codes are kept as UTF-8, ready to be
// written into the many records that repeat them (trans_line.item_name).
struct DemoItem
{
    DemoId id;
    QByteArray code;
    QByteArray name;
    QByteArray strength;
    QByteArray ven;
    int unit = 0;
    int category = 0;
    int packSize = 1; // units per pack (default_pack_size)
    int doses = 0; // vaccines: doses per vial
    bool vaccine = false;
    bool byCount = false; // dispensed by counting units (tablets, capsules)
    bool bulkPack = false; // a further pack size of a presentation
    int unitCost = 1; // cents per unit
    int use = 1; // how often a clinic dispenses it
};

// The items of the world, made from the product recipes: every product in
// each of its strengths and forms, then in its further pack sizes. The most
// used products come first, so a small world still has the common medicines.
class DemoCatalogue
{
public:
    DemoCatalogue(const DemoRecipes &recipes, int itemCount, DemoRandom &random);

    const std::vector<DemoUnit> &units() const { return m_units; }
    const std::vector<DemoCategory> &categories() const { return m_categories; }
    const std::vector<DemoItem> &items() const { return m_items; }

private:
    struct Variant
    {
        const DemoProductRecipe *product;
        int form;
        int strength;
        int pack;
    };

    void addUnits(const DemoRecipes &recipes, DemoRandom &random);
    static std::vector<std::vector<Variant>> variantsByProduct(const DemoRecipes &recipes);
    void addItem(const Variant &variant, DemoRandom &random);
    int unitIndex(const QString &name) const;
    int categoryIndex(const QString &description, DemoRandom &random);
    QByteArray uniqueCode(const Variant &variant);

    std::vector<DemoUnit> m_units;
    std::vector<bool> m_unitByCount;
    std::vector<int> m_unitCost;
    std::vector<DemoCategory> m_categories;
    std::vector<DemoItem> m_items;
    std::vector<QByteArray> m_codes; // sorted, to keep codes unique
};

} // namespace primary
