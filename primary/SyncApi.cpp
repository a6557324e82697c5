#include "SyncApi.h"

#include "ApiReply.h"
#include "NewId.h"
#include "PatientSearch.h"
#include "PrescriberSearch.h"
#include "PushBatch.h"
#include "RecordLookup.h"
#include "SupplyingStore.h"
#include "V2Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace primary {

using http::HttpRequest;
using http::HttpResponse;

namespace {

constexpr int kMaxLimit = 5000; // decided here: larger limits are served 5000 at a time

const QString kBadCredentials = QStringLiteral("Invalid site name or password");
// Mobile knows the lock by this text's start, full stop included (Synchroniser.js).
const QString kHardwareMismatch
    = QStringLiteral("Site registration doesn't match. This site is registered to another machine: "
                     "ask the administrator of the primary server to reset it.");
const QString kBadUser = QStringLiteral("Invalid user name or password");
// The 4D version a real primary reports; mobile keeps it (and checks it for app v4 only).
constexpr int kServerVersion = 500;

// Basic credentials as sent: name and what follows the first colon.
std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return std::pair<QString, QString>();
    return std::pair(QString::fromUtf8(decoded.left(colon)),
                     QString::fromUtf8(decoded.mid(colon + 1)));
}

QString normalisedPath(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.startsWith(u"/sync/v3/"))
        path.replace(0, 9, QStringLiteral("/sync/v2/"));
    return path;
}

} // namespace

bool SyncApi::handles(const QString &path)
{
    return path.startsWith(u"/sync/") || path.startsWith(u"/api/v4/");
}

std::optional<SyncApi::Route> SyncApi::route(const QString &rawPath)
{
    const QString path = normalisedPath(rawPath);
    const std::pair<const char16_t *, int> prefixes[]
        = {{u"/sync/v1/", 1}, {u"/sync/v2/", 2}, {u"/sync/v4/", 4}, {u"/api/v4/", 4}};
    for (const auto &[prefix, version] : prefixes) {
        const QStringView start(prefix);
        if (path.startsWith(start))
            return Route{version, path.mid(start.size())};
    }
    return std::nullopt;
}

HttpResponse SyncApi::handle(const HttpRequest &request)
{
    const auto found = route(request.path);
    if (!found)
        return ApiReply::error(404, QStringLiteral("no such call: %1").arg(request.path));
    // v3's user call is a user's login, with the user's own credentials.
    if (isV3UserCall(request.path)) {
        try {
            return userLogin(request);
        } catch (const DatabaseError &error) {
            return ApiReply::error(
                500,
                QStringLiteral("database error: %1").arg(QString::fromStdString(error.what())));
        }
    }
    HttpResponse refusal;
    const auto site = authenticate(request, &refusal);
    if (!site)
        return refusal;
    try {
        return dispatch(request, *found, *site);
    } catch (const DatabaseError &error) {
        return ApiReply::error(
            500, QStringLiteral("database error: %1").arg(QString::fromStdString(error.what())));
    }
}

bool SyncApi::isV3UserCall(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path == u"/sync/v3/user";
}

std::optional<Site> SyncApi::authenticate(const HttpRequest &request, HttpResponse *refusal)
{
    const auto credentials = basicCredentials(request);
    if (!credentials) {
        *refusal = ApiReply::error(401, QStringLiteral("Authorization (Basic) is required"));
        refusal->extraHeaders.append({QByteArrayLiteral("WWW-Authenticate"),
                                      QByteArrayLiteral("Basic realm=\"mSupply sync\"")});
        return std::nullopt;
    }
    const auto &[name, secret] = *credentials;
    auto site = name.isEmpty() ? std::nullopt : m_context.sites.byName(name);
    if (!site || site->passwordHash != secret.toLower()) {
        // v1's shared sync user, when primary-sim has one: the site is from_site.
        site = sharedV1Site(request, name, secret);
        if (!site) {
            *refusal = ApiReply::error(401, kBadCredentials);
            return std::nullopt;
        }
    }
    // No header: an older client, not held to the lock (PROTOCOL.md §1).
    const QString hardware = QString::fromUtf8(request.header("msupply-site-uuid"));
    if (!hardware.isEmpty()) {
        if (site->hardwareUuid.isEmpty()) {
            m_context.sites.registerHardware(site->siteId, hardware);
        } else if (site->hardwareUuid != hardware) {
            *refusal = ApiReply::error(401, kHardwareMismatch);
            return std::nullopt;
        }
    }
    return site;
}

std::optional<Site> SyncApi::sharedV1Site(const HttpRequest &request, const QString &name,
                                          const QString &password)
{
    const auto &shared = m_context.v1SyncUser;
    if (shared.first.isEmpty() || !request.path.startsWith(u"/sync/v1/") || name != shared.first
        || password != shared.second)
        return std::nullopt;
    bool ok = false;
    const int siteId = request.queryValue(QStringLiteral("from_site")).toInt(&ok);
    return ok ? m_context.sites.byId(siteId) : std::nullopt;
}

std::optional<HttpResponse> SyncApi::checkSiteParameters(const HttpRequest &request,
                                                         const Site &site)
{
    bool fromOk = false;
    bool toOk = false;
    const int from = request.queryValue(QStringLiteral("from_site")).toInt(&fromOk);
    const int to = request.queryValue(QStringLiteral("to_site")).toInt(&toOk);
    if (!fromOk || !toOk)
        return ApiReply::error(400,
                               QStringLiteral("from_site and to_site (integers) are required"));
    if (to != 1)
        return ApiReply::error(400, QStringLiteral("to_site must be 1, this primary's site ID"));
    if (from != site.siteId)
        return ApiReply::error(403,
                               QStringLiteral("from_site %1 is not the site you logged in as (%2)")
                                   .arg(from)
                                   .arg(site.siteId));
    return std::nullopt;
}

HttpResponse SyncApi::dispatch(const HttpRequest &request, const Route &route, const Site &site)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    // A v2 pull and acknowledgement settle what they need themselves.
    const bool readsAhead = route.version == 2
        && ((route.call == u"queued_records" && get
             && request.queryValue(QStringLiteral("sync_id")).isEmpty())
            || (route.call == u"acknowledged_records" && post));
    if (!readsAhead)
        m_context.readAhead.settle();
    if (route.version == 4) {
        if (route.call == u"name_store_join" && post)
            return nameStoreJoin(request, site);
        if (route.call == u"patient_history" && get)
            return patientHistory(request);
        if (route.call == u"patient" && get) {
            RecordLookup lookup(m_context.db, m_context.records);
            return PatientSearch(lookup).reply(request);
        }
        if (route.call == u"prescriber" && get) {
            RecordLookup lookup(m_context.db, m_context.records);
            return PrescriberSearch(lookup).reply(request);
        }
    } else if (route.version == 2 && route.call == u"site" && get) {
        return siteLookup(request, site);
    } else if (route.version == 2 && route.call == u"user" && get) {
        return userLookup(request, site);
    } else if (route.version == 1 && route.call == u"schema" && get) {
        return ApiReply::ok(m_context.schema.toJson());
    } else {
        const bool known = route.call == u"queued_records/count" || route.call == u"queued_records"
            || route.call == u"acknowledged_records" || route.call == u"initial_dump";
        if (!known)
            return ApiReply::error(404, QStringLiteral("no such call: %1").arg(request.path));
        if (const auto refusal = checkSiteParameters(request, site))
            return *refusal;
        if (route.call == u"queued_records/count" && get)
            return count(site);
        if (route.call == u"queued_records" && get)
            return pull(request, site, route.version);
        if (route.call == u"queued_records" && post)
            return push(request, site, route.version);
        if (route.call == u"acknowledged_records" && post)
            return acknowledge(request, site);
        if (route.call == u"initial_dump" && get)
            return initialDump(request, site);
        return ApiReply::error(405,
                               QStringLiteral("%1 is not allowed on %2")
                                   .arg(QString::fromLatin1(request.method), request.path));
    }
    return ApiReply::error(404,
                           QStringLiteral("no such call: %1 %2")
                               .arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse SyncApi::siteLookup(const HttpRequest &request, const Site &site)
{
    const QString asked = request.queryValue(QStringLiteral("site_name"));
    if (!asked.isEmpty() && asked != site.name)
        return ApiReply::error(403, QStringLiteral("you may only look up your own site"));
    // v3's fields too: mobile keeps each with toString(), a missing one fails its login.
    const SupplyingStore supplier = SupplyingStore::of(m_context.db);
    const QJsonObject reply{{QStringLiteral("SiteID"), site.siteId},
                            {QStringLiteral("StoreID"), site.storeId},
                            {QStringLiteral("NameID"), site.nameId},
                            {QStringLiteral("ServerID"), 1},
                            {QStringLiteral("SupplyingStoreID"), supplier.storeId},
                            {QStringLiteral("SupplyingStoreNameID"), supplier.nameId},
                            {QStringLiteral("ServerVersion"), kServerVersion}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse SyncApi::userLogin(const HttpRequest &request)
{
    const QString store = request.queryValue(QStringLiteral("store"));
    if (store.isEmpty())
        return ApiReply::error(400, QStringLiteral("store is required"));
    const auto credentials = basicCredentials(request);
    const auto user = credentials && !credentials->first.isEmpty()
        ? m_context.users.authenticate(credentials->first, credentials->second, store)
        : std::nullopt;
    if (!user)
        return ApiReply::error(401, kBadUser);
    const QJsonObject reply{{QStringLiteral("UserID"), user->userId},
                            {QStringLiteral("isAdmin"), user->isAdmin}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse SyncApi::userLookup(const HttpRequest &request, const Site &site)
{
    const QString store = request.queryValue(QStringLiteral("store"));
    if (store.isEmpty())
        return ApiReply::error(400, QStringLiteral("store is required"));
    if (store != site.storeId)
        return ApiReply::error(403, QStringLiteral("store %1 is not your site's store").arg(store));
    const QJsonObject reply{{QStringLiteral("UserID"), site.userId}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse SyncApi::count(const Site &site)
{
    const QJsonObject reply{
        {QStringLiteral("NumRecords"), double(m_context.queue.count(site.siteId))}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

QByteArray SyncApi::encode(const QueuedRecord &record, int version)
{
    return version == 1 ? m_context.v1.write(record) : V2Codec::write(record);
}

HttpResponse SyncApi::pull(const HttpRequest &request, const Site &site, int version)
{
    QList<QByteArray> envelopes;
    const QString syncId = request.queryValue(QStringLiteral("sync_id"));
    if (!syncId.isEmpty()) {
        if (const auto record = m_context.queue.bySyncId(site.siteId, syncId))
            envelopes.append(encode(*record, version));
    } else {
        const QString limitText = request.queryValue(QStringLiteral("limit"));
        bool ok = true;
        const int limit = limitText.isEmpty() ? 1 : limitText.toInt(&ok);
        if (!ok || limit < 1)
            return ApiReply::error(400, QStringLiteral("limit must be a positive integer"));
        if (version != 1) {
            SyncQueue::V2Array array
                = m_context.readAhead.pull(site.siteId, std::min(limit, kMaxLimit));
            m_context.stats.recordsServed += array.records;
            return ApiReply::ok(std::move(array.json));
        }
        for (const QueuedRecord &record :
             m_context.queue.head(site.siteId, std::min(limit, kMaxLimit)))
            envelopes.append(encode(record, version));
    }
    m_context.stats.recordsServed += envelopes.size();
    return ApiReply::ok('[' + envelopes.join(',') + ']');
}

HttpResponse SyncApi::push(const HttpRequest &request, const Site &site, int version)
{
    return PushBatch(m_context, site, version).apply(request.body);
}

HttpResponse SyncApi::acknowledge(const HttpRequest &request, const Site &site)
{
    // Checked with the scanner, and its elements passed on as they are: a
    // thousand IDs are never taken apart into a document.
    QByteArrayView ids = request.body;
    if (const auto members = JsonScanner(request.body).objectMembers()) {
        ids = {};
        for (const JsonScanner::Member &member : *members) {
            if (member.key == u"SyncRecordIDs")
                ids = member.raw;
        }
    }
    const auto elements = JsonScanner(ids).arrayElements();
    if (!elements)
        return ApiReply::error(400, QStringLiteral("the body must be {\"SyncRecordIDs\": [...]}"));
    for (QByteArrayView element : *elements) {
        if (!element.startsWith('"'))
            return ApiReply::error(400, QStringLiteral("every SyncRecordID must be a string"));
    }
    m_context.readAhead.acknowledge(site.siteId, *elements);
    return ApiReply::ok();
}

HttpResponse SyncApi::initialDump(const HttpRequest &request, const Site &site)
{
    const bool full = request.queryValue(QStringLiteral("type")) == u"full";
    Transaction transaction(m_context.db);
    m_context.queue.rebuild(site, full);
    transaction.commit();
    ++m_context.stats.initialDumps;
    return ApiReply::ok();
}

HttpResponse SyncApi::nameStoreJoin(const HttpRequest &request, const Site &site)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString nameId = body.value(u"name_ID").toString();
    const QString storeId = body.value(u"store_ID").toString();
    if (nameId.isEmpty() || storeId.isEmpty())
        return ApiReply::error(400, QStringLiteral("name_ID and store_ID are required"));
    // A site opens patients to its own store only.
    if (storeId != site.storeId)
        return ApiReply::error(403,
                               QStringLiteral("store %1 is not the store of site %2 (%3)")
                                   .arg(storeId, site.name, site.storeId));
    const auto name = m_context.records.find(QStringLiteral("name"), nameId);
    if (!name)
        return ApiReply::error(400, QStringLiteral("name %1 is not on the primary").arg(nameId));
    if (name->scope != RecordScope::Patient)
        return ApiReply::error(400, QStringLiteral("name %1 is not a patient").arg(nameId));
    if (!m_context.records.find(QStringLiteral("store"), storeId))
        return ApiReply::error(400, QStringLiteral("store %1 is not on the primary").arg(storeId));

    QString joinId;
    QString inactiveJoinId;
    for (const StoredRecord &join :
         m_context.records.linkedTo(QStringLiteral("name_store_join"), nameId)) {
        if (join.storeId != storeId)
            continue;
        if (join.flags & StoredRecord::InactiveJoin)
            inactiveJoinId = join.id;
        else
            joinId = join.id;
    }
    if (joinId.isEmpty()) {
        // An inactive join of the store is made active again rather than doubled.
        IncomingRecord join;
        join.recordType = QStringLiteral("name_store_join");
        join.recordId = inactiveJoinId.isEmpty() ? newId() : inactiveJoinId;
        join.syncType = inactiveJoinId.isEmpty() ? QStringLiteral("I") : QStringLiteral("U");
        const QByteArray data = "{\"ID\":" + JsonScanner::quote(join.recordId)
            + ",\"name_ID\":" + JsonScanner::quote(nameId)
            + ",\"store_ID\":" + JsonScanner::quote(storeId) + ",\"inactive\":\"false\"}";
        V2Codec::takeData(join, data, nullptr);
        Transaction transaction(m_context.db);
        // Made by the primary (site 0), so the asking site is sent the join
        // and, through it, the patient: its next pull brings both.
        m_context.applier.apply(join, 0, RecordApplier::FanOut::OtherSites);
        transaction.commit();
        joinId = join.recordId;
    }
    const QJsonObject reply{{QStringLiteral("name_ID"), nameId},
                            {QStringLiteral("store_ID"), storeId},
                            {QStringLiteral("inactive"), false},
                            {QStringLiteral("ID"), joinId}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse SyncApi::patientHistory(const HttpRequest &request)
{
    const QString id = request.queryValue(QStringLiteral("id"));
    if (id.isEmpty())
        return ApiReply::error(400, QStringLiteral("id is required"));
    return ApiReply::ok(m_context.history.forPatient(id));
}

} // namespace primary
