#pragma once

#include "PrimaryContext.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <optional>

namespace primary {

// The sync API as PROTOCOL.md gives it: v2 (and v3, the same), v1 with this
// primary's numbering, and the v4 calls (name_store_join, patient_history and
// the patient and prescriber lookups) under /sync/v4 and /api/v4.
class SyncApi
{
public:
    explicit SyncApi(PrimaryContext &context)
        : m_context(context)
    { }

    static bool handles(const QString &path);
    http::HttpResponse handle(const http::HttpRequest &request);

private:
    struct Route
    {
        int version = 0; // 1, 2 or 4
        QString call; // e.g. "queued_records/count"
    };
    static std::optional<Route> route(const QString &path);

    static bool isV3UserCall(QString path);
    std::optional<Site> authenticate(const http::HttpRequest &request, http::HttpResponse *refusal);
    std::optional<Site> sharedV1Site(const http::HttpRequest &request, const QString &name,
                                     const QString &password);
    std::optional<http::HttpResponse> checkSiteParameters(const http::HttpRequest &request,
                                                          const Site &site);
    http::HttpResponse dispatch(const http::HttpRequest &request, const Route &route,
                                const Site &site);

    http::HttpResponse siteLookup(const http::HttpRequest &request, const Site &site);
    http::HttpResponse userLookup(const http::HttpRequest &request, const Site &site);
    http::HttpResponse userLogin(const http::HttpRequest &request);
    http::HttpResponse count(const Site &site);
    http::HttpResponse pull(const http::HttpRequest &request, const Site &site, int version);
    http::HttpResponse push(const http::HttpRequest &request, const Site &site, int version);
    http::HttpResponse acknowledge(const http::HttpRequest &request, const Site &site);
    http::HttpResponse initialDump(const http::HttpRequest &request, const Site &site);
    http::HttpResponse nameStoreJoin(const http::HttpRequest &request, const Site &site);
    http::HttpResponse patientHistory(const http::HttpRequest &request);

    QByteArray encode(const QueuedRecord &record, int version);

    PrimaryContext &m_context;
};

} // namespace primary
