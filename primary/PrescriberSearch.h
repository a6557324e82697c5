#pragma once

#include "RecordLookup.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace primary {

// GET /api/v4/prescriber: mSupply mobile's search for a clinician across the
// whole primary.
class PrescriberSearch
{
public:
    explicit PrescriberSearch(RecordLookup &lookup)
        : m_lookup(lookup)
    { }

    http::HttpResponse reply(const http::HttpRequest &request);

private:
    RecordLookup &m_lookup;
};

} // namespace primary
