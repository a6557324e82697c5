#pragma once

#include <QByteArrayView>
#include <QString>

namespace primary {

// What the primary refuses to store and pass on: text that is not valid
// UTF-8, and \u escapes of lone surrogates. Either breaks the sites that
// receive it (SQLite's JSON functions, Qt's parser, every UI), so one bad
// record would poison every queue.
class JsonTextCheck
{
public:
    // Empty when the JSON text `json` holds only good text (keys and values,
    // at any depth); else what is wrong and at which byte.
    static QString problem(QByteArrayView json);

private:
    static qsizetype invalidUtf8At(QByteArrayView text);
};

} // namespace primary
