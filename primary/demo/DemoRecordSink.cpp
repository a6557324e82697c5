#include "DemoRecordSink.h"

namespace primary {

DemoRecordSink::DemoRecordSink(const std::function<void(const DemoRecord &)> &sink)
    : m_sink(sink)
{ }

void DemoRecordSink::finish(const QString &type, const DemoId &id)
{
    m_record.type = type;
    m_record.id = id.toString();
    m_record.data = m_json.take();
    m_sink(m_record);
}

} // namespace primary
