#pragma once

#include "PrimaryContext.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace primary {

// The administrator's calls, for demos and tests: loopback only, always with
// X-Admin-Token, never from a web page (no Origin, a Host naming this
// computer, JSON bodies only).
class AdminApi
{
public:
    AdminApi(PrimaryContext &context, QString token)
        : m_context(context)
        , m_token(std::move(token))
    { }

    static bool handles(const QString &path) { return path.startsWith(u"/admin/"); }
    http::HttpResponse handle(const http::HttpRequest &request);

private:
    http::HttpResponse dispatch(const http::HttpRequest &request);
    http::HttpResponse createSite(const http::HttpRequest &request);
    http::HttpResponse resetHardware(const QString &siteName);
    http::HttpResponse queue(const http::HttpRequest &request);
    bool canApply(const IncomingRecord &record);
    http::HttpResponse records(const http::HttpRequest &request);
    http::HttpResponse faults(const http::HttpRequest &request);
    http::HttpResponse stats();

    PrimaryContext &m_context;
    QString m_token;
};

} // namespace primary
