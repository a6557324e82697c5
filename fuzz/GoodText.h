#pragma once

#include "json/JsonScanner.h"
#include <QByteArrayView>
#include <simdjson.h>

// Text the satellite's simdjson reader takes: UTF-8, and no \u escape of a
// lone surrogate. primary-sim's push refuses other text before its codecs
// read a record (JsonTextCheck), and the satellite quarantines it (salvage).
namespace fuzz {

inline bool isGoodText(QByteArrayView json)
{
    return simdjson::validate_utf8(json.data(), size_t(json.size()))
        && satellite::JsonScanner::loneSurrogateAt(json) < 0;
}

} // namespace fuzz
