#pragma once

#include "RecordLookup.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace primary {

// GET /api/v4/patient: mSupply mobile's search for a patient across the whole
// primary, whichever stores can see it, so that a store can then join to it.
class PatientSearch
{
public:
    explicit PatientSearch(RecordLookup &lookup)
        : m_lookup(lookup)
    { }

    http::HttpResponse reply(const http::HttpRequest &request);

private:
    RecordLookup &m_lookup;
};

} // namespace primary
