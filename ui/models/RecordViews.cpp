#include "RecordViews.h"

#include "work/PatientText.h"

#include <QColor>
#include <QDate>
#include <QLocale>

namespace satellite::ui {

namespace {

QVariant asDate(const QVariant &value, const QList<QVariant> &)
{
    return RecordViews::calendarDate(value.toString());
}

QVariant asNumber(const QVariant &value, const QList<QVariant> &)
{
    return QLocale().toString(value.toDouble(), 'g', 12);
}

QVariant expiryForeground(const QVariant &value)
{
    return RecordViews::expiryColour(value.toString(), QDate::currentDate());
}

QueryColumn numberColumn(const QString &header, const QString &expression)
{
    return QueryColumn{header, expression, asNumber, Qt::AlignRight | Qt::AlignVCenter};
}

QString quoted(const QString &id)
{
    QString escaped = id;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

} // namespace

QVariant RecordViews::expiryColour(const QString &isoDate, const QDate &today)
{
    const QDate expiry = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!expiry.isValid())
        return {};
    if (expiry < today)
        return QColor(0xb0, 0x00, 0x20);
    if (expiry < today.addMonths(3))
        return QColor(0xc0, 0x60, 0x00);
    return {};
}

QString RecordViews::calendarDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString RecordViews::invoiceType(const QString &type, const QString &mode)
{
    if (type == u"ci")
        return mode == u"dispensary" ? tr("Prescription") : tr("Customer invoice");
    if (type == u"cc")
        return tr("Customer credit");
    if (type == u"si")
        return tr("Supplier invoice");
    if (type == u"sc")
        return tr("Supplier credit");
    if (type == u"in")
        return tr("Inventory adjustment");
    if (type == u"sr")
        return tr("Repack");
    if (type == u"bu")
        return tr("Build");
    return type;
}

QString RecordViews::invoiceStatus(const QString &status)
{
    if (status == u"nw" || status == u"wp")
        return tr("New");
    if (status == u"sg")
        return tr("Suggested");
    if (status == u"cn")
        return tr("Confirmed");
    if (status == u"fn" || status == u"wf")
        return tr("Finalised");
    return status;
}

QuerySpec RecordViews::stock()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("i.id");
    spec.columns = {
        {tr("Item"), QStringLiteral("i.name")},
        {tr("Code"), QStringLiteral("i.code")},
        numberColumn(tr("On hand (units)"), QStringLiteral("coalesce(sum(l.units), 0)")),
        numberColumn(tr("Available (units)"), QStringLiteral("coalesce(sum(l.available), 0)")),
        {tr("Nearest expiry"),
         QStringLiteral("min(CASE WHEN l.units > 0 AND l.date <> '' THEN l.date END)"), asDate,
         Qt::AlignLeft | Qt::AlignVCenter, expiryForeground},
    };
    spec.from = QStringLiteral("record i LEFT JOIN record l ON l.type = "
                               "'item_line' AND l.link_id = i.id");
    spec.where = QStringLiteral("i.type = 'item'");
    spec.groupBy = QStringLiteral("i.id");
    spec.searchExpressions = {QStringLiteral("i.name"), QStringLiteral("i.code")};
    return spec;
}

QuerySpec RecordViews::batches(const QString &itemId)
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("l.id");
    spec.columns = {
        {tr("Batch"), QStringLiteral("l.name")},
        {tr("Expiry"), QStringLiteral("l.date"), asDate, Qt::AlignLeft | Qt::AlignVCenter,
         expiryForeground},
        numberColumn(tr("Packs"), QStringLiteral("json_extract(l.data, '$.quantity')")),
        numberColumn(tr("Pack size"), QStringLiteral("json_extract(l.data, '$.pack_size')")),
        {tr("Location"), QStringLiteral("coalesce(loc.name, '')")},
        {tr("On hold"), QStringLiteral("json_extract(l.data, '$.hold')"),
         [](const QVariant &value, const QList<QVariant> &) {
             const QString text = value.toString().toLower();
             return QVariant(text == u"true" || text == u"1" ? tr("On hold") : QString());
         }},
    };
    spec.from
        = QStringLiteral("record l LEFT JOIN record loc ON loc.type = 'Location' AND loc.id = "
                         "json_extract(l.data, '$.location_ID')");
    spec.where = QStringLiteral("l.type = 'item_line' AND l.link_id = ") + quoted(itemId);
    spec.defaultSortColumn = 1;
    return spec;
}

QuerySpec RecordViews::patients()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("id");
    spec.columns = {
        {tr("Name"), QStringLiteral("name")},
        {tr("Code"), QStringLiteral("code")},
        {tr("Date of birth"), QStringLiteral("date"), asDate},
        {tr("Age"), QStringLiteral("date"),
         [](const QVariant &value, const QList<QVariant> &) {
             const QDate born = QDate::fromString(value.toString().left(10), Qt::ISODate);
             return QVariant(PatientText::age(born, QDate::currentDate()));
         }},
        {tr("Gender"), QStringLiteral("json_extract(data, '$.female')"),
         [](const QVariant &value, const QList<QVariant> &) {
             const QString text = value.toString().toLower();
             return QVariant(text == u"true" || text == u"1" ? tr("Female") : tr("Male"));
         }},
    };
    spec.from = QStringLiteral("record");
    spec.where = QStringLiteral("type = 'name' AND kind = 'patient'");
    spec.searchExpressions = {QStringLiteral("name"), QStringLiteral("code")};
    return spec;
}

QuerySpec RecordViews::dispensings(const QString &patientId)
{
    QuerySpec spec = invoices();
    spec.where += QStringLiteral(" AND t.link_id = ") + quoted(patientId);
    return spec;
}

QuerySpec RecordViews::invoices()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("t.id");
    spec.columns = {
        numberColumn(tr("Number"), QStringLiteral("CAST(t.code AS INTEGER)")),
        {tr("Type"), QStringLiteral("t.kind"),
         [](const QVariant &value, const QList<QVariant> &row) {
             return QVariant(invoiceType(value.toString(), row.value(7).toString()));
         }},
        {tr("Status"), QStringLiteral("json_extract(t.data, '$.status')"),
         [](const QVariant &value, const QList<QVariant> &) {
             return QVariant(invoiceStatus(value.toString()));
         }},
        {tr("Other party"), QStringLiteral("coalesce(n.name, '')")},
        {tr("Date"), QStringLiteral("t.date"), asDate},
        numberColumn(tr("Total"), QStringLiteral("t.units")),
        {QString(), QStringLiteral("json_extract(t.data, '$.mode')")}, // read by Type
    };
    spec.from
        = QStringLiteral("record t LEFT JOIN record n ON n.type = 'name' AND n.id = t.link_id");
    spec.where = QStringLiteral("t.type = 'transact'");
    spec.searchExpressions = {QStringLiteral("n.name"), QStringLiteral("t.code")};
    spec.defaultSortColumn = 4;
    return spec;
}

QuerySpec RecordViews::invoiceLines(const QString &invoiceId)
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("id");
    spec.columns = {
        {tr("Item"), QStringLiteral("name")},
        {tr("Batch"), QStringLiteral("json_extract(data, '$.batch')")},
        {tr("Expiry"), QStringLiteral("date"), asDate},
        numberColumn(tr("Packs"), QStringLiteral("units")),
        numberColumn(tr("Price per pack"), QStringLiteral("json_extract(data, '$.sell_price')")),
        numberColumn(tr("Line total"), QStringLiteral("json_extract(data, '$.price_extension')")),
    };
    spec.from = QStringLiteral("record");
    spec.where = QStringLiteral("type = 'trans_line' AND link_id = ") + quoted(invoiceId);
    return spec;
}

QuerySpec RecordViews::items()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("id");
    spec.columns = {
        {tr("Item"), QStringLiteral("name")},
        {tr("Code"), QStringLiteral("code")},
        {tr("Kind"), QStringLiteral("kind")},
        {tr("Strength"), QStringLiteral("json_extract(data, '$.strength')")},
        numberColumn(tr("Default pack size"),
                     QStringLiteral("json_extract(data, '$.default_pack_size')")),
    };
    spec.from = QStringLiteral("record");
    spec.where = QStringLiteral("type = 'item'");
    spec.searchExpressions = {QStringLiteral("name"), QStringLiteral("code")};
    return spec;
}

QuerySpec RecordViews::names()
{
    QuerySpec spec;
    spec.idExpression = QStringLiteral("id");
    spec.columns = {
        {tr("Name"), QStringLiteral("name")},
        {tr("Code"), QStringLiteral("code")},
        {tr("Kind"), QStringLiteral("kind")},
        {tr("Phone"), QStringLiteral("json_extract(data, '$.phone')")},
    };
    spec.from = QStringLiteral("record");
    spec.where = QStringLiteral("type = 'name' AND kind <> 'patient'");
    spec.searchExpressions = {QStringLiteral("name"), QStringLiteral("code")};
    return spec;
}

} // namespace satellite::ui
