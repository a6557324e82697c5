#pragma once

#include <QRegularExpression>
#include <QString>

namespace primary {

// A search value as 4D (and so mSupply's v4 lookups) reads it: `@` stands for
// any run of characters, so "@x@" contains x, "x@" starts with it, "@x" ends
// with it and "x" is x exactly. Matching ignores case.
class WildcardPattern
{
public:
    explicit WildcardPattern(const QString &pattern);

    bool matches(const QString &text) const;

private:
    QRegularExpression m_expression;
};

} // namespace primary
