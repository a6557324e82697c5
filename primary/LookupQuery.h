#pragma once

#include "WildcardPattern.h"
#include "http/HttpRequest.h"

#include <QString>
#include <optional>

namespace primary {

// The parameters every v4 lookup (patient, prescriber) shares: search values
// with 4D's @ wildcard, and offset/limit paging.
class LookupQuery
{
public:
    static constexpr int kDefaultLimit = 50; // what mSupply mobile asks for
    static constexpr int kMaxLimit = 500; // decided here: larger limits are served 500 at a time

    explicit LookupQuery(const http::HttpRequest &request)
        : m_request(request)
    { }

    QString value(const QString &key) const { return m_request.queryValue(key).trimmed(); }
    // nullopt when the parameter is missing or empty: it is then ignored.
    std::optional<WildcardPattern> pattern(const QString &key) const;
    // Reads offset and limit; false, with `error` set, when one is not a
    // number in range.
    bool readPaging(QString *error);

    int offset() const { return m_offset; }
    int limit() const { return m_limit; }

private:
    const http::HttpRequest &m_request;
    int m_offset = 0;
    int m_limit = kDefaultLimit;
};

} // namespace primary
