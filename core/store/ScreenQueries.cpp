#include "ScreenQueries.h"

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

} // namespace

ScreenQuery ScreenQueries::stock()
{
    ScreenQuery query;
    query.idSql = QStringLiteral("i.id");
    query.columns = {
        text("item", "i.name"),
        text("code", "i.code"),
        real("onHand", "coalesce(sum(l.units), 0)"),
        real("available", "coalesce(sum(l.available), 0)"),
        text("nearestExpiry", "min(CASE WHEN l.units > 0 AND l.date <> '' THEN l.date END)"),
    };
    query.from = QStringLiteral(
        "record i LEFT JOIN record l ON l.type = 'item_line' AND l.link_id = i.id");
    query.where = QStringLiteral("i.type = 'item'");
    query.groupBy = QStringLiteral("i.id");
    query.searchIn = {QStringLiteral("i.name"), QStringLiteral("i.code")};
    query.defaultSort = QStringLiteral("item");
    return query;
}

ScreenQuery ScreenQueries::batchesOf(const QString &itemId)
{
    ScreenQuery query;
    query.idSql = QStringLiteral("l.id");
    query.columns = {
        text("batch", "l.name"),
        text("expiry", "l.date"),
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
    };
    query.from = QStringLiteral("record");
    query.where = QStringLiteral("type = 'name' AND kind = 'patient'");
    query.searchIn = {QStringLiteral("name"), QStringLiteral("code")};
    query.defaultSort = QStringLiteral("name");
    return query;
}

ScreenQuery ScreenQueries::invoices()
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
    };
    query.from
        = QStringLiteral("record t LEFT JOIN record n ON n.type = 'name' AND n.id = t.link_id");
    query.where = QStringLiteral("t.type = 'transact'");
    query.searchIn = {QStringLiteral("n.name"), QStringLiteral("t.code")};
    query.defaultSort = QStringLiteral("date");
    return query;
}

ScreenQuery ScreenQueries::invoicesOf(const QString &nameId)
{
    ScreenQuery query = invoices();
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
        text("kind", "kind"),
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
