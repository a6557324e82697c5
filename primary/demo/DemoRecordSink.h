#pragma once

#include "DemoId.h"
#include "DemoJsonWriter.h"
#include "DemoWorld.h"

#include <functional>

namespace primary {

// Hands finished records to the caller's sink. Writers fill json() with a
// record's fields, then call finish() with its type and ID.
class DemoRecordSink
{
public:
    explicit DemoRecordSink(const std::function<void(const DemoRecord &)> &sink);

    DemoJsonWriter &json() { return m_json; }
    void finish(const QString &type, const DemoId &id);

private:
    const std::function<void(const DemoRecord &)> &m_sink;
    DemoJsonWriter m_json;
    DemoRecord m_record;
};

} // namespace primary
