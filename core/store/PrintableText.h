#pragma once

#include <QString>

namespace satellite::PrintableText {

// Text from outside (a server's words, a record's field names) made safe to
// show and keep: control characters (an ESC that would retitle a terminal or
// clear it), C1 controls and bidirectional overrides are written as \xNN or
// \uNNNN escapes; everything else stays as it is.
QString escaped(const QString &text);

} // namespace satellite::PrintableText
