#pragma once

#include "PrimaryContext.h"
#include "SiteAuthority.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace primary {

// One push of a satellite site, all or nothing: every record must be well
// formed, hold good text, be of a known type and, for a merge, name two
// records that can be merged; and the site must be allowed to make every
// change (SiteAuthority). The first record that fails is named in the
// refusal (400 invalid_record, 403 forbidden_record) and nothing is applied.
class PushBatch
{
public:
    PushBatch(PrimaryContext &context, const Site &site, int version)
        : m_context(context)
        , m_site(site)
        , m_version(version)
    { }

    http::HttpResponse apply(const QByteArray &body);

private:
    struct Refusal
    {
        int status = 400;
        QString reason;
    };
    // Who the record at `element` says it is, as well as it can be read.
    struct Name
    {
        QString type;
        QString id;
    };

    std::optional<IncomingRecord> parse(QByteArrayView element, QString *problem);
    std::optional<Refusal> checkMerge(const IncomingRecord &record, SiteAuthority &authority);
    Name nameOf(QByteArrayView element);
    http::HttpResponse refuse(qsizetype index, const Name &name, const Refusal &refusal);

    PrimaryContext &m_context;
    const Site &m_site;
    int m_version;
};

} // namespace primary
