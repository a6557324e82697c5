# One INTERFACE target that every target of the project links: the language
# standard, the warning level and Qt's stricter string handling.
add_library(satellite_options INTERFACE)
add_library(Satellite::Options ALIAS satellite_options)

target_compile_features(satellite_options INTERFACE cxx_std_20)
target_compile_options(satellite_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(SATELLITE_WERROR)
    target_compile_options(satellite_options INTERFACE -Werror)
endif()
target_compile_definitions(satellite_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
if(SATELLITE_SANITIZE)
    target_compile_options(satellite_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(satellite_options INTERFACE -fsanitize=address,undefined)
endif()
