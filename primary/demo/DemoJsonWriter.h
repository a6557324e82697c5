#pragma once

#include "DemoId.h"

#include <QByteArray>
#include <QByteArrayView>

namespace primary {

// Writes one record's Data as compact JSON in the v2 string dialect, where
// every value is a JSON string ("12", "65.5", "true"). Appending bytes to a
// reused buffer, rather than building a QJsonObject, is what lets the large
// world (some 400,000 records) generate in well under a second.
// Keys are always literals of this code base and are written as they are.
class DemoJsonWriter
{
public:
    DemoJsonWriter();

    void text(QByteArrayView key, QByteArrayView utf8); // escaped as needed
    void plain(QByteArrayView key, QByteArrayView ascii); // known to need no escaping
    void id(QByteArrayView key, const DemoId &value) { plain(key, value.view()); }
    void empty(QByteArrayView key) { plain(key, {}); }
    void number(QByteArrayView key, qint64 value);
    void money(QByteArrayView key, qint64 cents); // "12.5" for 1250
    void boolean(QByteArrayView key, bool value);
    void time(QByteArrayView key, int secondsOfDay); // "HH:MM:SS"

    // The finished object; the writer is ready for the next one.
    QByteArray take();

private:
    void openValue(QByteArrayView key);
    void closeValue() { m_buffer.append('"'); }
    void appendEscaped(QByteArrayView utf8);

    QByteArray m_buffer;
};

} // namespace primary
