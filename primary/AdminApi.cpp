#include "AdminApi.h"

#include "AdminToken.h"
#include "ApiReply.h"
#include "JsonTextCheck.h"
#include "MergeReferences.h"
#include "NewId.h"
#include "RecordTypes.h"
#include "SiteProvisioner.h"
#include "V2Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace primary {

using http::HttpRequest;
using http::HttpResponse;

namespace {

// The host part of a Host header: "127.0.0.1:80", "[::1]:80", "localhost".
QString hostOf(const QByteArray &header)
{
    const QString value = QString::fromLatin1(header).trimmed();
    if (value.startsWith(u'['))
        return value.mid(1, value.indexOf(u']') - 1);
    return value.count(u':') == 1 ? value.section(u':', 0, 0) : value;
}

bool namesThisComputer(const QByteArray &hostHeader)
{
    if (hostHeader.isEmpty())
        return true; // HTTP/1.0 clients send none; browsers always do
    const QString host = hostOf(hostHeader);
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

bool isJson(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/json";
}

} // namespace

HttpResponse AdminApi::handle(const HttpRequest &request)
{
    if (!request.peer.isLoopback())
        return ApiReply::error(403, QStringLiteral("the admin API answers only on loopback"));
    // A web page may reach loopback too: what a browser sends is refused, the
    // Origin it always adds, a Host of another name (DNS rebinding), a body a
    // form can send without asking (text/plain).
    if (!request.header("origin").isEmpty())
        return ApiReply::error(403, QStringLiteral("the admin API does not answer web pages"));
    if (!namesThisComputer(request.header("host")))
        return ApiReply::error(403,
                               QStringLiteral("the admin API answers only to this "
                                              "computer's names (Host: localhost, loopback)"));
    if (!AdminToken::matches(request.header("x-admin-token"), m_token))
        return ApiReply::error(401, QStringLiteral("X-Admin-Token is missing or wrong"));
    if (!request.body.isEmpty() && !isJson(request.header("content-type")))
        return ApiReply::error(415, QStringLiteral("admin bodies must be application/json"));
    try {
        return dispatch(request);
    } catch (const DatabaseError &error) {
        return ApiReply::error(
            500, QStringLiteral("database error: %1").arg(QString::fromStdString(error.what())));
    }
}

HttpResponse AdminApi::dispatch(const HttpRequest &request)
{
    QString path = request.path;
    while (path.endsWith(u'/'))
        path.chop(1);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/admin/sites" && post)
        return createSite(request);
    if (path.startsWith(u"/admin/sites/") && path.endsWith(u"/reset-hardware") && post)
        return resetHardware(path.section(u'/', 3, -2));
    if (path == u"/admin/queue" && post)
        return queue(request);
    if (path == u"/admin/records" && get)
        return records(request);
    if (path == u"/admin/faults" && post)
        return faults(request);
    if (path == u"/admin/faults" && get)
        return ApiReply::ok(FaultInjector::toJson(m_context.faults.settings()));
    if (path == u"/admin/stats" && get)
        return stats();
    return ApiReply::error(404,
                           QStringLiteral("no such admin call: %1 %2")
                               .arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse AdminApi::createSite(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();
    if (!document.isObject() || !body.value(u"name").isString()
        || !body.value(u"password").isString())
        return ApiReply::error(
            400, QStringLiteral("expected {\"name\": \"...\", \"password\": \"...\"}"));
    const QString name = body.value(u"name").toString();
    if (!SiteProvisioner::isValidName(name))
        return ApiReply::error(400,
                               QStringLiteral("a site name must be 1-100 characters without ':'"));
    if (m_context.sites.byName(name))
        return ApiReply::error(409, QStringLiteral("site %1 exists already").arg(name));
    Transaction transaction(m_context.db);
    const Site site = SiteProvisioner(m_context).create(name, body.value(u"password").toString());
    transaction.commit();
    const QJsonObject reply{{QStringLiteral("SiteID"), site.siteId},
                            {QStringLiteral("StoreID"), site.storeId},
                            {QStringLiteral("NameID"), site.nameId},
                            {QStringLiteral("UserID"), site.userId}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

HttpResponse AdminApi::resetHardware(const QString &siteName)
{
    if (!m_context.sites.resetHardware(siteName))
        return ApiReply::error(404, QStringLiteral("no site named %1").arg(siteName));
    return ApiReply::ok();
}

HttpResponse AdminApi::queue(const HttpRequest &request)
{
    const auto site = m_context.sites.byName(request.queryValue(QStringLiteral("site")));
    if (!site)
        return ApiReply::error(
            404,
            QStringLiteral("no site named \"%1\"").arg(request.queryValue(QStringLiteral("site"))));
    JsonScanner scanner(request.body);
    const auto elements = scanner.arrayElements();
    if (!elements)
        return ApiReply::error(
            400, QStringLiteral("the body must be a JSON array: ") + scanner.errorString());

    Transaction transaction(m_context.db);
    QJsonArray syncIds;
    for (qsizetype i = 0; i < elements->size(); ++i) {
        QByteArray raw = elements->at(i).toByteArray();
        if (const QString problem = JsonTextCheck::problem(raw); !problem.isEmpty())
            return ApiReply::error(
                400, QStringLiteral("record %1 holds %2; nothing was queued").arg(i).arg(problem));
        JsonScanner element(raw);
        const auto members = element.objectMembers();
        if (!members)
            return ApiReply::error(
                400, QStringLiteral("record %1 is not a JSON object; nothing was queued").arg(i));
        // Read before `raw` may change: the members point into it.
        QString syncId = RecordStore::memberText(*members, u"SyncID");
        const QString type = RecordStore::memberText(*members, u"RecordType");
        const QString givenId = RecordStore::memberText(*members, u"RecordID");
        const QString syncType = RecordStore::memberText(*members, u"SyncType");
        if (syncId.isEmpty()) {
            // Without a SyncID the site could never acknowledge it.
            syncId = newId();
            raw.insert(raw.indexOf('{') + 1, "\"SyncID\":" + JsonScanner::quote(syncId) + ',');
        } else if (m_context.queue.bySyncId(site->siteId, syncId)) {
            return ApiReply::error(
                409,
                QStringLiteral("SyncID %1 is queued for %2 already; nothing was queued")
                    .arg(syncId, site->name));
        }
        const auto record = V2Codec::parse(raw, nullptr);
        if (record && RecordTypes::isKnown(record->recordType) && canApply(*record))
            m_context.applier.apply(*record, 0, RecordApplier::FanOut::None);
        m_context.queue.enqueueRaw(site->siteId, syncId, type, record ? record->recordId : givenId,
                                   syncType, raw);
        syncIds.append(syncId);
    }
    transaction.commit();
    return ApiReply::ok(QJsonDocument(QJsonObject{{QStringLiteral("queued"), syncIds.size()},
                                                  {QStringLiteral("SyncIDs"), syncIds}})
                            .toJson(QJsonDocument::Compact));
}

bool AdminApi::canApply(const IncomingRecord &record)
{
    // The primary's own merges follow the rules of a site's: one that cannot
    // be done is queued as given (to test clients) and changes nothing here.
    if (record.syncType != u"M")
        return true;
    return MergeReferences::problem(record.recordType, record.mergeKeepId, record.mergeRemoveId)
               .isEmpty()
        && m_context.records.find(record.recordType, record.mergeKeepId)
        && m_context.records.find(record.recordType, record.mergeRemoveId);
}

HttpResponse AdminApi::records(const HttpRequest &request)
{
    const QString type = request.queryValue(QStringLiteral("type"));
    if (type.isEmpty())
        return ApiReply::error(400, QStringLiteral("type is required"));
    const QString id = request.queryValue(QStringLiteral("id"));
    QList<StoredRecord> found;
    if (id.isEmpty()) {
        found = m_context.records.ofType(type);
    } else if (const auto record = m_context.records.find(type, id)) {
        found.append(*record);
    }
    QByteArray body = "[";
    for (const StoredRecord &record : found) {
        if (body.size() > 1)
            body += ',';
        body += record.data;
    }
    body += ']';
    return ApiReply::ok(body);
}

HttpResponse AdminApi::faults(const HttpRequest &request)
{
    QString problem;
    const auto settings = FaultInjector::parse(request.body, &problem);
    if (!settings)
        return ApiReply::error(400, problem);
    m_context.faults.configure(*settings);
    return ApiReply::ok(FaultInjector::toJson(*settings));
}

HttpResponse AdminApi::stats()
{
    QJsonObject requests;
    for (auto it = m_context.stats.requests.cbegin(); it != m_context.stats.requests.cend(); ++it)
        requests.insert(it.key(), double(it.value()));
    QJsonObject faults;
    for (auto it = m_context.stats.faults.cbegin(); it != m_context.stats.faults.cend(); ++it)
        faults.insert(it.key(), double(it.value()));
    QJsonObject queues;
    for (const Site &site : m_context.sites.all())
        queues.insert(site.name, double(m_context.queue.count(site.siteId)));
    const QJsonObject reply{
        {QStringLiteral("requests"), requests},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("queues"), queues},
        {QStringLiteral("records"), double(m_context.records.count())},
        {QStringLiteral("recordsServed"), double(m_context.stats.recordsServed)},
        {QStringLiteral("recordsReceived"), double(m_context.stats.recordsReceived)},
        {QStringLiteral("recordsAcknowledged"), double(m_context.stats.recordsAcknowledged)},
        {QStringLiteral("pullsReadAhead"), double(m_context.stats.pullsReadAhead)},
        {QStringLiteral("initialDumps"), double(m_context.stats.initialDumps)}};
    return ApiReply::ok(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

} // namespace primary
