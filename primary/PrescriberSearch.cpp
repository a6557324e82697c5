#include "PrescriberSearch.h"

#include "ApiReply.h"
#include "LookupQuery.h"

namespace primary {

namespace {
// Columns of RecordLookup::rows() below.
enum Column { First, Last, Code };
} // namespace

http::HttpResponse PrescriberSearch::reply(const http::HttpRequest &request)
{
    LookupQuery query(request);
    QString error;
    if (!query.readPaging(&error))
        return ApiReply::error(400, error);
    const auto first = query.pattern(QStringLiteral("first_name"));
    const auto last = query.pattern(QStringLiteral("last_name"));
    const auto code = query.pattern(QStringLiteral("code"));

    QList<RecordLookup::Row> matches;
    const QStringList columns
        = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("code")};
    for (RecordLookup::Row &row : m_lookup.rows(QStringLiteral("clinician"), columns)) {
        const QStringList &v = row.values;
        if ((first && !first->matches(v[First])) || (last && !last->matches(v[Last]))
            || (code && !code->matches(v[Code])))
            continue;
        matches.append(std::move(row));
    }
    RecordLookup::sort(matches, {Last, First});
    // mobile's fields, and the code it keys clinicians by.
    const QStringList fields = {
        QStringLiteral("ID"),
        QStringLiteral("code"),
        QStringLiteral("first_name"),
        QStringLiteral("last_name"),
        QStringLiteral("registration_code"),
        QStringLiteral("address1"),
        QStringLiteral("address2"),
        QStringLiteral("phone"),
        QStringLiteral("mobile"),
        QStringLiteral("email"),
        QStringLiteral("store_ID"),
    };
    return ApiReply::ok(m_lookup.page(QStringLiteral("clinician"), matches, query.offset(),
                                      query.limit(), fields, {}));
}

} // namespace primary
