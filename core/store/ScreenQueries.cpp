#include "ScreenQueries.h"

#include <algorithm>

namespace satellite {

namespace {

using Kind = ScreenQuery::Kind;

ScreenQuery::Column text(const char *key, const char *sql)
{
    return {QString::fromLatin1(key), QString::fromLatin1(sql), Kind::Text};
}

ScreenQuery::Column integer(const char *key, const char *sql)
{
    return {QString::fromLatin1(key), QString::fromLatin1(sql), Kind::Integer};
}

ScreenQuery::Column real(const char *key, const char *sql)
{
    return {QString::fromLatin1(key), QString::fromLatin1(sql), Kind::Real};
}

ScreenQuery::Column text(const char *key, const QByteArray &sql)
{
    return text(key, sql.constData());
}

// What "available" means (core/domain Batch::freeUnits): the units free to
// issue (the projection's `available`, 0 when held) of batches not expired
// today. On hand still counts every batch.
const char *const kAvailableUnits
    = "coalesce(sum(CASE WHEN l.date = '' OR l.date >= d.today THEN l.available END), 0)";
// A batch with stock that is expired, or expires before a bound (`?`).
const char *const kHasExpired
    = "max(CASE WHEN l.units > 0 AND l.date <> '' AND l.date < d.today THEN 1 ELSE 0 END) = 1";
const char *const kExpiresBetween = "max(CASE WHEN l.units > 0 AND l.date <> '' AND l.date >= ? "
                                    "AND l.date < ? THEN 1 ELSE 0 END) = 1";

// The store's own currency: the home one of the `currency` records.
const char *const kHomeCurrency
    = "(SELECT json_extract(data, '$.currency') FROM record WHERE type = 'currency' AND "
      "json_extract(data, '$.is_home_currency') IN ('true', 1) LIMIT 1)";

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ScreenQuery ScreenQueries::stock(const QDate &today, const StockFilter &filter)
{
    ScreenQuery query;
    query.idSql = QStringLiteral("i.id");
    query.columns = {
        text("item", "i.name"),
        text("code", "i.code"),
        real("onHand", "coalesce(sum(l.units), 0)"),
        real("available", kAvailableUnits),
        text("nearestExpiry", "min(CASE WHEN l.units > 0 AND l.date <> '' THEN l.date END)"),
    };
    query.from = QStringLiteral("record i CROSS JOIN (SELECT ? AS today) d LEFT JOIN record l ON "
                                "l.type = 'item_line' AND l.link_id = i.id");
    query.parameters = {isoDate(today)};
    query.where = QStringLiteral("i.type = 'item'");
    query.groupBy = QStringLiteral("i.id");
    switch (filter.show) {
    case StockFilter::Show::All: break;
    case StockFilter::Show::InStock:
        query.having = QStringLiteral("coalesce(sum(l.units), 0) > 0");
        break;
    case StockFilter::Show::OutOfStock:
        query.having = QStringLiteral("coalesce(sum(l.units), 0) <= 0");
        break;
    case StockFilter::Show::Expired: query.having = QString::fromLatin1(kHasExpired); break;
    case StockFilter::Show::ExpiringSoon:
        query.having = QString::fromLatin1(kExpiresBetween);
        query.havingParameters = {isoDate(today), isoDate(today.addMonths(filter.months))};
        break;
    case StockFilter::Show::ExpiringInMonth: {
        // This month's stock already expired is not "expiring": as the chart counts.
        const QDate first(filter.month.year(), filter.month.month(), 1);
        query.having = QString::fromLatin1(kExpiresBetween);
        query.havingParameters = {isoDate(std::max(first, today)), isoDate(first.addMonths(1))};
        break;
    }
    }
    query.searchIn = {QStringLiteral("i.name"), QStringLiteral("i.code")};
    query.defaultSort = QStringLiteral("item");
    return query;
}

ScreenQuery ScreenQueries::expiringByMonth(const QDate &today, int months)
{
    const QDate first(today.year(), today.month(), 1);
    ScreenQuery query;
    query.idSql = QStringLiteral("substr(l.date, 1, 7)");
    query.columns = {
        text("month", "substr(l.date, 1, 7)"),
        real("units", "sum(l.units)"),
        real("value",
             "sum(coalesce(json_extract(l.data, '$.quantity') * "
             "json_extract(l.data, '$.cost_price'), 0))"),
        text("currency", kHomeCurrency),
    };
    query.from = QStringLiteral("record l");
    query.where = QStringLiteral("l.type = 'item_line' AND l.units > 0 AND l.date >= ? AND "
                                 "l.date < ?");
    query.parameters = {isoDate(std::max(first, today)), isoDate(first.addMonths(months))};
    query.groupBy = QStringLiteral("substr(l.date, 1, 7)");
    query.defaultSort = QStringLiteral("month");
    return query;
}

ScreenQuery ScreenQueries::consumptionOf(const QString &itemId, const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
    ScreenQuery query;
    query.idSql = QStringLiteral("substr(t.date, 1, 7)");
    query.columns = {
        text("month", "substr(t.date, 1, 7)"),
        real("units", "sum(s.units * coalesce(json_extract(s.data, '$.pack_size'), 1))"),
    };
    query.from = QStringLiteral("record s JOIN record t ON t.type = 'transact' AND t.id = "
                                "s.link_id");
    // What left the store for patients and customers, once confirmed.
    query.where = QStringLiteral("s.type = 'trans_line' AND json_extract(s.data, '$.item_ID') = ? "
                                 "AND t.kind = 'ci' AND json_extract(t.data, '$.status') IN "
                                 "('cn', 'fn') AND t.date >= ? AND t.date <= ?");
    query.parameters = {itemId, isoDate(first), isoDate(today)};
    query.groupBy = QStringLiteral("substr(t.date, 1, 7)");
    query.defaultSort = QStringLiteral("month");
    return query;
}

ScreenQuery ScreenQueries::batchesOf(const QString &itemId)
{
    ScreenQuery query;
    query.idSql = QStringLiteral("l.id");
    query.columns = {
        text("batch", "l.name"),
        text("expiry", "nullif(l.date, '')"),
        real("packs", "json_extract(l.data, '$.quantity')"),
        real("packSize", "json_extract(l.data, '$.pack_size')"),
        text("location", "coalesce(loc.name, '')"),
        text("hold", "json_extract(l.data, '$.hold')"),
    };
    query.from = QStringLiteral("record l LEFT JOIN record loc ON loc.type = 'Location' AND "
                                "loc.id = json_extract(l.data, '$.location_ID')");
    query.where = QStringLiteral("l.type = 'item_line' AND l.link_id = ?");
    query.parameters = {itemId};
    query.defaultSort = QStringLiteral("expiry");
    return query;
}

ScreenQuery ScreenQueries::patients()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("id");
    query.columns = {
        text("name", "name"),
        text("code", "code"),
        text("born", "date"),
        text("female", "json_extract(data, '$.female')"),
        text("nhn", "coalesce(json_extract(data, '$.national_health_number'), '')"),
        text("phone", "coalesce(json_extract(data, '$.phone'), '')"),
        text("address",
             "trim(coalesce(json_extract(data, '$.bill_address1'), '') || ', ' || "
             "coalesce(json_extract(data, '$.bill_address2'), ''), ', ')"),
    };
    query.from = QStringLiteral("record");
    query.where = QStringLiteral("type = 'name' AND kind = 'patient'");
    query.searchIn = {QStringLiteral("name"), QStringLiteral("code")};
    query.searchNumbersIn = {QStringLiteral("json_extract(data, '$.national_health_number')")};
    query.defaultSort = QStringLiteral("name");
    return query;
}

ScreenQuery ScreenQueries::invoices(const InvoiceFilter &filter)
{
    ScreenQuery query;
    query.idSql = QStringLiteral("t.id");
    query.columns = {
        integer("number", "CAST(t.code AS INTEGER)"),
        text("type",
             "CASE WHEN t.kind = 'ci' AND json_extract(t.data, '$.mode') = 'dispensary' "
             "THEN 'prescription' ELSE t.kind END"),
        text("status", "json_extract(t.data, '$.status')"),
        text("otherParty", "coalesce(n.name, '')"),
        text("date", "t.date"),
        real("total", "t.units"),
        text("currency",
             "coalesce(json_extract(c.data, '$.currency'), " + QByteArray(kHomeCurrency) + ", '')"),
    };
    query.from = QStringLiteral(
        "record t LEFT JOIN record n ON n.type = 'name' AND n.id = t.link_id LEFT JOIN record c ON "
        "c.type = 'currency' AND c.id = json_extract(t.data, '$.currency_ID')");
    query.where = QStringLiteral("t.type = 'transact'");
    if (!filter.type.isEmpty()) {
        query.where += QStringLiteral(
            " AND (CASE WHEN t.kind = 'ci' AND json_extract(t.data, '$.mode') = 'dispensary' "
            "THEN 'prescription' ELSE t.kind END) = ?");
        query.parameters.append(filter.type);
    }
    if (filter.from.isValid()) {
        query.where += QStringLiteral(" AND t.date >= ?");
        query.parameters.append(isoDate(filter.from));
    }
    if (filter.to.isValid()) {
        query.where += QStringLiteral(" AND t.date <> '' AND substr(t.date, 1, 10) <= ?");
        query.parameters.append(isoDate(filter.to));
    }
    query.searchIn = {QStringLiteral("n.name"), QStringLiteral("t.code")};
    query.defaultSort = QStringLiteral("date");
    query.defaultDescending = true; // the newest first
    return query;
}

ScreenQuery ScreenQueries::invoicesOf(const QString &nameId)
{
    ScreenQuery query = invoices(InvoiceFilter());
    query.where += QStringLiteral(" AND t.link_id = ?");
    query.parameters.append(nameId);
    return query;
}

ScreenQuery ScreenQueries::linesOf(const QString &invoiceId)
{
    ScreenQuery query;
    query.idSql = QStringLiteral("id");
    query.columns = {
        text("item", "name"),
        text("batch", "json_extract(data, '$.batch')"),
        text("expiry", "date"),
        real("packs", "units"),
        real("pricePerPack", "json_extract(data, '$.sell_price')"),
        real("lineTotal", "json_extract(data, '$.price_extension')"),
        text("currency",
             "coalesce((SELECT json_extract(c.data, '$.currency') FROM record t JOIN record c ON "
             "c.type = 'currency' AND c.id = json_extract(t.data, '$.currency_ID') WHERE t.type = "
             "'transact' AND t.id = record.link_id), "
                 + QByteArray(kHomeCurrency) + ", '')"),
    };
    query.from = QStringLiteral("record");
    query.where = QStringLiteral("type = 'trans_line' AND link_id = ?");
    query.parameters = {invoiceId};
    query.defaultSort = QStringLiteral("item");
    return query;
}

ScreenQuery ScreenQueries::items()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("id");
    query.columns = {
        text("item", "name"),
        text("code", "code"),
        text("kind", "kind"),
        text("strength", "json_extract(data, '$.strength')"),
        real("defaultPackSize", "json_extract(data, '$.default_pack_size')"),
    };
    query.from = QStringLiteral("record");
    query.where = QStringLiteral("type = 'item'");
    query.searchIn = {QStringLiteral("name"), QStringLiteral("code")};
    query.defaultSort = QStringLiteral("item");
    return query;
}

ScreenQuery ScreenQueries::names()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("id");
    query.columns = {
        text("name", "name"),
        text("code", "code"),
        // A facility is a supplier, a customer or both: the kind says which.
        text("kind",
             "CASE WHEN kind = 'facility' THEN 'facility' || CASE WHEN json_extract(data, "
             "'$.supplier') IN ('true', 1) THEN '-supplier' ELSE '' END || CASE WHEN "
             "json_extract(data, '$.customer') IN ('true', 1) THEN '-customer' ELSE '' END ELSE "
             "kind END"),
        text("phone", "json_extract(data, '$.phone')"),
    };
    query.from = QStringLiteral("record");
    query.where = QStringLiteral("type = 'name' AND kind <> 'patient'");
    query.searchIn = {QStringLiteral("name"), QStringLiteral("code")};
    query.defaultSort = QStringLiteral("name");
    return query;
}

ScreenQuery ScreenQueries::syncRuns()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("id");
    query.columns = {
        text("started", "started_at"),
        real("seconds", "round((julianday(finished_at) - julianday(started_at)) * 86400, 1)"),
        integer("sent", "pushed"),
        integer("received", "pulled"),
        integer("quarantined", "quarantined"),
        text("result", "result"),
        text("error", "error"),
    };
    query.from = QStringLiteral("sync_run");
    query.defaultSort = QStringLiteral("started");
    return query;
}

ScreenQuery ScreenQueries::quarantined()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("seq");
    query.columns = {
        text("type", "record_type"),
        text("record", "record_id"),
        text("reason", "reason"),
        text("raw", "CAST(raw AS TEXT)"),
    };
    query.from = QStringLiteral("quarantine");
    query.defaultSort = QStringLiteral("type");
    return query;
}

} // namespace satellite
