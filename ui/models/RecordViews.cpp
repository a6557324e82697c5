#include "RecordViews.h"

#include "domain/DateText.h"
#include "store/ScreenQueries.h"
#include "work/PatientText.h"

#include <QApplication>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QStyle>

namespace satellite::ui {

namespace {

QVariant asDate(const QVariant &value)
{
    return RecordViews::calendarDate(value.toString());
}

QVariant asNumber(const QVariant &value)
{
    return QLocale().toString(value.toDouble(), 'g', 12);
}

QVariant expiryForeground(const QVariant &value)
{
    return RecordViews::expiryColour(value.toString(), QDate::currentDate());
}

QVariant expiryInWords(const QVariant &value)
{
    return RecordViews::expiryText(value.toString(), QDate::currentDate());
}

// An icon beside the words, for those who do not see the colour (or print in grey).
QVariant expiryIcon(const QVariant &value)
{
    const QDate expiry = QDate::fromString(value.toString().left(10), Qt::ISODate);
    const QDate today = QDate::currentDate();
    if (!expiry.isValid() || expiry >= today.addMonths(RecordViews::expiringSoonMonths))
        return {};
    return QApplication::style()->standardIcon(expiry < today ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning);
}

ViewColumn explained(ViewColumn column, const QString &explanation)
{
    column.explanation = explanation;
    return column;
}

ViewColumn amountColumn(const char *key, const QString &header)
{
    ViewColumn column{QString::fromLatin1(key), header, asNumber,
                      Qt::AlignRight | Qt::AlignVCenter};
    column.currencyKey = QStringLiteral("currency");
    return column;
}

bool isTrue(const QVariant &value)
{
    const QString text = value.toString().toLower();
    return text == u"true" || text == u"1";
}

ViewColumn numberColumn(const char *key, const QString &header)
{
    return ViewColumn{QString::fromLatin1(key), header, asNumber,
                      Qt::AlignRight | Qt::AlignVCenter};
}

ViewColumn textColumn(const char *key, const QString &header,
                      std::function<QVariant(const QVariant &)> display = {})
{
    return ViewColumn{QString::fromLatin1(key), header, std::move(display)};
}

ViewColumn expiryColumn(const char *key, const QString &header)
{
    return ViewColumn{QString::fromLatin1(key),         header,           expiryInWords,
                      Qt::AlignLeft | Qt::AlignVCenter, expiryForeground, expiryIcon};
}

} // namespace

QVariant RecordViews::expiryColour(const QString &isoDate, const QDate &today)
{
    const QDate expiry = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!expiry.isValid())
        return {};
    if (expiry < today)
        return QColor(0xb0, 0x00, 0x20);
    if (expiry < today.addMonths(expiringSoonMonths))
        return QColor(0xc0, 0x60, 0x00);
    return {};
}

QString RecordViews::expiryText(const QString &isoDate, const QDate &today)
{
    const QDate expiry = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!expiry.isValid())
        return {};
    const QString date = DateText::of(expiry);
    if (expiry < today)
        return tr("Expired on %1").arg(date);
    if (expiry == today)
        return tr("Expires today");
    if (expiry < today.addMonths(expiringSoonMonths))
        return tr("%1 · expires in %n day(s)", nullptr, int(today.daysTo(expiry))).arg(date);
    return date;
}

QString RecordViews::itemKind(const QString &kind)
{
    if (kind == u"general")
        return tr("Stock item");
    if (kind == u"service")
        return tr("Service");
    if (kind == u"non_stock")
        return tr("Not kept in stock");
    if (kind == u"cross_reference")
        return tr("Other name of an item");
    return kind;
}

QString RecordViews::nameKind(const QString &kind)
{
    if (kind == u"facility-supplier-customer")
        return tr("Supplier and customer");
    if (kind == u"facility-supplier")
        return tr("Supplier");
    if (kind == u"facility-customer")
        return tr("Customer");
    if (kind == u"facility")
        return tr("Facility");
    if (kind == u"store")
        return tr("Store");
    if (kind == u"invad")
        return tr("Inventory adjustments");
    if (kind == u"build")
        return tr("Builds");
    if (kind == u"repack")
        return tr("Repacks");
    if (kind == u"patient")
        return tr("Patient");
    return kind;
}

QString RecordViews::calendarDate(const QString &isoDate)
{
    return DateText::of(QDate::fromString(isoDate.left(10), Qt::ISODate)); // empty if none
}

QString RecordViews::invoiceType(const QString &type)
{
    if (type == u"prescription")
        return tr("Prescription");
    if (type == u"ci")
        return tr("Customer invoice");
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

ScreenView RecordViews::stock()
{
    return stock(ScreenQueries::StockFilter());
}

ScreenView RecordViews::stock(const ScreenQueries::StockFilter &filter)
{
    return {ScreenQueries::stock(QDate::currentDate(), filter),
            {
                textColumn("item", tr("Item")),
                textColumn("code", tr("Code")),
                explained(numberColumn("onHand", tr("On hand (units)")),
                          tr("Every unit in the store, expired and on hold included.")),
                explained(numberColumn("available", tr("Available (units)")),
                          tr("Units that may be given out today: not expired, not on hold, "
                             "not set aside by a draft.")),
                explained(expiryColumn("nearestExpiry", tr("Nearest expiry")),
                          tr("The soonest expiry of the batches in stock.")),
            }};
}

ScreenView RecordViews::batches(const QString &itemId)
{
    return {ScreenQueries::batchesOf(itemId),
            {
                textColumn("batch", tr("Batch")),
                expiryColumn("expiry", tr("Expiry")),
                numberColumn("packs", tr("Packs")),
                numberColumn("packSize", tr("Pack size")),
                textColumn("location", tr("Location")),
                textColumn("hold", tr("On hold"),
                           [](const QVariant &value) {
                               return QVariant(isTrue(value) ? tr("On hold") : QString());
                           }),
            }};
}

ScreenView RecordViews::patients()
{
    return {ScreenQueries::patients(),
            {
                textColumn("name", tr("Name")),
                textColumn("code", tr("Code")),
                textColumn("born", tr("Date of birth"), asDate),
                textColumn("born", tr("Age"),
                           [](const QVariant &value) {
                               const QDate born
                                   = QDate::fromString(value.toString().left(10), Qt::ISODate);
                               return QVariant(PatientText::age(born, QDate::currentDate()));
                           }),
                textColumn("female", tr("Gender"),
                           [](const QVariant &value) {
                               return QVariant(isTrue(value) ? tr("Female") : tr("Male"));
                           }),
                textColumn("nhn", tr("National health number")),
                textColumn("phone", tr("Phone")),
                textColumn("address", tr("Address")),
            }};
}

namespace {

QList<ViewColumn> invoiceColumns()
{
    return {
        numberColumn("number", RecordViews::tr("Number")),
        textColumn("type", RecordViews::tr("Type"),
                   [](const QVariant &value) {
                       return QVariant(RecordViews::invoiceType(value.toString()));
                   }),
        textColumn("status", RecordViews::tr("Status"),
                   [](const QVariant &value) {
                       return QVariant(RecordViews::invoiceStatus(value.toString()));
                   }),
        textColumn("otherParty", RecordViews::tr("Other party")),
        textColumn("date", RecordViews::tr("Date"), asDate),
        amountColumn("total", RecordViews::tr("Total")),
        textColumn("currency", QString()), // read by Total
    };
}

} // namespace

ScreenView RecordViews::invoicesOf(const QString &nameId)
{
    return {ScreenQueries::invoicesOf(nameId), invoiceColumns()};
}

ScreenView RecordViews::invoices()
{
    return invoices(ScreenQueries::InvoiceFilter());
}

ScreenView RecordViews::invoices(const ScreenQueries::InvoiceFilter &filter)
{
    return {ScreenQueries::invoices(filter), invoiceColumns()};
}

ScreenView RecordViews::invoiceLines(const QString &invoiceId)
{
    return {ScreenQueries::linesOf(invoiceId),
            {
                textColumn("item", tr("Item")), textColumn("batch", tr("Batch")),
                textColumn("expiry", tr("Expiry"), asDate), numberColumn("packs", tr("Packs")),
                amountColumn("pricePerPack", tr("Price per pack")),
                amountColumn("lineTotal", tr("Line total")),
                textColumn("currency", QString()), // read by the amounts
            }};
}

ScreenView RecordViews::items()
{
    return {
        ScreenQueries::items(),
        {
            textColumn("item", tr("Item")),
            textColumn("code", tr("Code")),
            textColumn("kind", tr("Kind"),
                       [](const QVariant &value) { return QVariant(itemKind(value.toString())); }),
            textColumn("strength", tr("Strength")),
            numberColumn("defaultPackSize", tr("Default pack size")),
        }};
}

ScreenView RecordViews::names()
{
    return {
        ScreenQueries::names(),
        {
            textColumn("name", tr("Name")),
            textColumn("code", tr("Code")),
            textColumn("kind", tr("Kind"),
                       [](const QVariant &value) { return QVariant(nameKind(value.toString())); }),
            textColumn("phone", tr("Phone")),
        }};
}

} // namespace satellite::ui
