#include "DemoRecipes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace primary {

using namespace Qt::StringLiterals;

namespace {

QJsonObject readRecipeFile(const QString &name)
{
    QFile file(u":/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo world: missing recipe file %s", qPrintable(file.fileName()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("demo world: %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &entry : value.toArray())
        result.append(entry.toString());
    return result;
}

DemoFormRecipe formRecipe(const QJsonObject &object)
{
    DemoFormRecipe form;
    form.form = object.value(u"form").toString();
    form.unit = object.value(u"unit").toString();
    form.strengths = strings(object.value(u"strengths"));
    for (const QJsonValue &pack : object.value(u"packs").toArray())
        form.packs.append(qMax(1, pack.toInt()));
    return form;
}

void addProducts(QList<DemoProductRecipe> &products, const QString &file, const QString &key)
{
    for (const QJsonValue &value : readRecipeFile(file).value(key).toArray()) {
        const QJsonObject object = value.toObject();
        DemoProductRecipe product;
        product.name = object.value(u"name").toString();
        product.category = object.value(u"category").toString();
        product.ven = object.value(u"ven").toString();
        product.use = qBound(1, object.value(u"use").toInt(1), 10);
        product.vaccine = object.value(u"vaccine").toBool();
        for (const QJsonValue &form : object.value(u"forms").toArray())
            product.forms.append(formRecipe(form.toObject()));
        products.append(product);
    }
}

QList<DemoCodeTitle> pairs(const QJsonValue &value)
{
    QList<DemoCodeTitle> result;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonArray pair = entry.toArray();
        result.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return result;
}

DemoRecipes load()
{
    DemoRecipes recipes;
    addProducts(recipes.products, u"medicines.json"_s, u"medicines"_s);
    addProducts(recipes.products, u"vaccines.json"_s, u"vaccines"_s);
    addProducts(recipes.products, u"consumables.json"_s, u"consumables"_s);

    for (const QJsonValue &value : readRecipeFile(u"units.json"_s).value(u"units").toArray()) {
        const QJsonObject unit = value.toObject();
        recipes.units.append({unit.value(u"units").toString(), unit.value(u"comment").toString(),
                              unit.value(u"by_count").toBool(),
                              qMax(1, unit.value(u"unit_cost").toInt())});
    }

    const QJsonObject people = readRecipeFile(u"people.json"_s);
    recipes.femaleNames = strings(people.value(u"female"));
    recipes.maleNames = strings(people.value(u"male"));
    recipes.lastNames = strings(people.value(u"last"));

    const QJsonObject places = readRecipeFile(u"places.json"_s);
    recipes.places = strings(places.value(u"places"));
    recipes.streets = strings(places.value(u"streets"));
    recipes.facilityKinds = strings(places.value(u"facility_kinds"));
    recipes.suppliers = strings(places.value(u"suppliers"));

    const QJsonObject world = readRecipeFile(u"world.json"_s);
    const QJsonObject locations = world.value(u"locations").toObject();
    recipes.centralLocations = pairs(locations.value(u"central"));
    recipes.clinicLocations = pairs(locations.value(u"clinic"));
    recipes.reasons = pairs(world.value(u"reasons"));
    for (const QJsonValue &value : world.value(u"currencies").toArray()) {
        const QJsonArray currency = value.toArray();
        recipes.currencies.append({currency.at(0).toString(),
                                   int(qRound(currency.at(1).toDouble() * 100)),
                                   currency.at(2).toBool()});
    }
    return recipes;
}

void requireContent(const DemoRecipes &recipes)
{
    const bool complete = !recipes.products.isEmpty() && !recipes.units.isEmpty()
        && !recipes.femaleNames.isEmpty() && !recipes.maleNames.isEmpty()
        && !recipes.lastNames.isEmpty() && !recipes.places.isEmpty() && !recipes.streets.isEmpty()
        && !recipes.facilityKinds.isEmpty() && !recipes.suppliers.isEmpty()
        && recipes.centralLocations.size() >= 2 && recipes.clinicLocations.size() >= 2
        && !recipes.currencies.isEmpty();
    if (!complete)
        qFatal("demo world: a recipe list in resources/demo is empty");
}

} // namespace

const DemoRecipes &DemoRecipes::instance()
{
    static const DemoRecipes recipes = [] {
        DemoRecipes loaded = load();
        requireContent(loaded);
        return loaded;
    }();
    return recipes;
}

} // namespace primary
