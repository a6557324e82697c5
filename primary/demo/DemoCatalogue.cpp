#include "DemoCatalogue.h"

#include "DemoRandom.h"
#include "DemoRecipes.h"

#include <algorithm>
#include <cmath>

namespace primary {

using namespace Qt::StringLiterals;

namespace {

QString itemName(const DemoProductRecipe &product, const DemoFormRecipe &form,
                 const QString &strength, int pack)
{
    QStringList parts{product.name};
    if (!strength.isEmpty())
        parts.append(strength);
    if (!form.form.isEmpty())
        parts.append(form.form);
    QString name = parts.join(u' ');
    // Further pack sizes of the same presentation are items of their own.
    if (pack > 0)
        name += u" (pack of %1)"_s.arg(form.packs.at(pack));
    return name;
}

// "10 dose" -> 10
int leadingNumber(const QString &text)
{
    int value = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            break;
        value = value * 10 + c.digitValue();
    }
    return value;
}

} // namespace

DemoCatalogue::DemoCatalogue(const DemoRecipes &recipes, int itemCount, DemoRandom &random)
{
    addUnits(recipes, random);
    const std::vector<std::vector<Variant>> byProduct = variantsByProduct(recipes);
    // Round robin over the products (most used first): first presentations
    // of everything, then the rarer ones.
    for (size_t round = 0; int(m_items.size()) < itemCount; ++round) {
        bool any = false;
        for (const std::vector<Variant> &variants : byProduct) {
            if (round >= variants.size() || int(m_items.size()) >= itemCount)
                continue;
            addItem(variants[round], random);
            any = true;
        }
        if (!any)
            break; // the recipes have no more variants
    }
}

void DemoCatalogue::addUnits(const DemoRecipes &recipes, DemoRandom &random)
{
    for (const DemoUnitRecipe &unit : recipes.units) {
        m_units.push_back({random.id(), unit.units.toUtf8(), unit.comment.toUtf8()});
        m_unitByCount.push_back(unit.byCount);
        m_unitCost.push_back(unit.unitCost);
    }
}

std::vector<std::vector<DemoCatalogue::Variant>>
DemoCatalogue::variantsByProduct(const DemoRecipes &recipes)
{
    std::vector<const DemoProductRecipe *> products;
    for (const DemoProductRecipe &product : recipes.products)
        products.push_back(&product);
    std::stable_sort(products.begin(), products.end(),
                     [](const auto *a, const auto *b) { return a->use > b->use; });

    std::vector<std::vector<Variant>> result;
    for (const DemoProductRecipe *product : products) {
        std::vector<Variant> variants;
        for (int pack = 0;; ++pack) {
            const size_t before = variants.size();
            for (int form = 0; form < product->forms.size(); ++form) {
                const DemoFormRecipe &recipe = product->forms.at(form);
                if (pack >= recipe.packs.size())
                    continue;
                for (int strength = 0; strength < recipe.strengths.size(); ++strength)
                    variants.push_back({product, form, strength, pack});
            }
            if (variants.size() == before)
                break;
        }
        result.push_back(std::move(variants));
    }
    return result;
}

void DemoCatalogue::addItem(const Variant &variant, DemoRandom &random)
{
    const DemoProductRecipe &product = *variant.product;
    const DemoFormRecipe &form = product.forms.at(variant.form);
    const QString &strength = form.strengths.at(variant.strength);

    DemoItem item;
    item.id = random.id();
    item.name = itemName(product, form, strength, variant.pack).toUtf8();
    item.code = uniqueCode(variant);
    item.strength = strength.toUtf8();
    item.ven = product.ven.toUtf8();
    item.unit = unitIndex(form.unit);
    item.category = categoryIndex(product.category, random);
    item.packSize = form.packs.at(variant.pack);
    item.vaccine = product.vaccine;
    item.doses = product.vaccine ? qMax(1, leadingNumber(strength)) : 0;
    item.byCount = m_unitByCount[size_t(item.unit)];
    item.bulkPack = variant.pack > 0;
    // Prices vary about the unit's typical cost, from a third to three times it.
    const double factor = std::exp((random.unit() * 2 - 1) * std::log(3.0));
    item.unitCost = qMax(1, int(std::lround(m_unitCost[size_t(item.unit)] * factor)));
    // Bulk packs and later presentations are dispensed less often.
    item.use = qMax(1, product.use - variant.pack * 3 - variant.strength);
    m_items.push_back(std::move(item));
}

int DemoCatalogue::unitIndex(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    for (size_t i = 0; i < m_units.size(); ++i) {
        if (m_units[i].name == utf8)
            return int(i);
    }
    qFatal("demo world: unit %s is not in units.json", utf8.constData());
}

int DemoCatalogue::categoryIndex(const QString &description, DemoRandom &random)
{
    const QByteArray utf8 = description.toUtf8();
    for (size_t i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].description == utf8)
            return int(i);
    }
    m_categories.push_back({random.id(), utf8});
    return int(m_categories.size() - 1);
}

QByteArray DemoCatalogue::uniqueCode(const Variant &variant)
{
    // "AMOX250C", "AMOX250C1000": letters of the name, the strength's first
    // number, the form's initial and, for further packs, the pack size.
    const DemoProductRecipe &product = *variant.product;
    const DemoFormRecipe &form = product.forms.at(variant.form);
    QByteArray code;
    for (const QChar c : product.name) {
        if (code.size() == 4)
            break;
        if (c.isLetter() && c.unicode() < 128)
            code.append(char(c.toUpper().unicode()));
    }
    for (const QChar c : form.strengths.at(variant.strength)) {
        if (c.isDigit())
            code.append(char(c.unicode()));
        else if (code.size() > 4)
            break;
    }
    if (!form.form.isEmpty())
        code.append(char(form.form.at(0).toUpper().unicode()));
    if (variant.pack > 0)
        code.append(QByteArray::number(form.packs.at(variant.pack)));

    QByteArray candidate = code;
    for (int suffix = 2;; ++suffix) {
        const auto place = std::lower_bound(m_codes.begin(), m_codes.end(), candidate);
        if (place == m_codes.end() || *place != candidate) {
            m_codes.insert(place, candidate);
            return candidate;
        }
        candidate = code + '-' + QByteArray::number(suffix);
    }
}

} // namespace primary
