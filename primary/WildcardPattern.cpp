#include "WildcardPattern.h"

#include <QStringList>

namespace primary {

WildcardPattern::WildcardPattern(const QString &pattern)
{
    QStringList parts = pattern.split(u'@');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    // Anchored: without an @ at either end, the value must match all of the text.
    m_expression.setPattern(QRegularExpression::anchoredPattern(parts.join(u".*")));
    m_expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption
                                   | QRegularExpression::DotMatchesEverythingOption
                                   | QRegularExpression::UseUnicodePropertiesOption);
}

bool WildcardPattern::matches(const QString &text) const
{
    return m_expression.match(text).hasMatch();
}

} // namespace primary
