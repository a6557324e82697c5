#include "LookupQuery.h"

namespace primary {

std::optional<WildcardPattern> LookupQuery::pattern(const QString &key) const
{
    const QString text = value(key);
    if (text.isEmpty())
        return std::nullopt;
    return WildcardPattern(text);
}

bool LookupQuery::readPaging(QString *error)
{
    bool ok = true;
    const QString offset = value(QStringLiteral("offset"));
    m_offset = offset.isEmpty() ? 0 : offset.toInt(&ok);
    if (!ok || m_offset < 0) {
        *error = QStringLiteral("offset must be a whole number, 0 or more: \"%1\"").arg(offset);
        return false;
    }
    const QString limit = value(QStringLiteral("limit"));
    m_limit = limit.isEmpty() ? kDefaultLimit : limit.toInt(&ok);
    if (!ok || m_limit < 1) {
        *error = QStringLiteral("limit must be a positive whole number: \"%1\"").arg(limit);
        return false;
    }
    m_limit = qMin(m_limit, kMaxLimit);
    return true;
}

} // namespace primary
