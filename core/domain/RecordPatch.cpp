#include "RecordPatch.h"

#include "store/StoreError.h"

#include "json/JsonScanner.h"

namespace satellite {

RecordPatch &RecordPatch::set(const QString &key, const QByteArray &rawJson)
{
    for (Value &value : m_values) {
        if (value.key == key) {
            value.raw = rawJson;
            return *this;
        }
    }
    m_values.append({key, rawJson});
    return *this;
}

QByteArray RecordPatch::appliedTo(const QByteArray &data) const
{
    JsonScanner scanner(data);
    const auto members = scanner.objectMembers();
    if (!members)
        throw StoreError(
            QStringLiteral("a record to edit is not a JSON object: %1").arg(scanner.errorString()));
    QByteArray out;
    out.reserve(data.size() + 64 * m_values.size());
    qsizetype copied = 0;
    QList<bool> placed(m_values.size(), false);
    for (const JsonScanner::Member &member : *members) {
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            if (m_values[i].key != member.key)
                continue;
            const qsizetype start = member.raw.data() - data.constData();
            out += QByteArrayView(data).sliced(copied, start - copied);
            out += m_values[i].raw;
            copied = start + member.raw.size();
            placed[i] = true;
        }
    }
    const qsizetype close = data.lastIndexOf('}');
    out += QByteArrayView(data).sliced(copied, close - copied);
    bool first = members->isEmpty();
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (placed[i])
            continue;
        out += first ? "" : ",";
        out += JsonScanner::quote(m_values[i].key) + ':' + m_values[i].raw;
        first = false;
    }
    out += QByteArrayView(data).sliced(close);
    return out;
}

} // namespace satellite
