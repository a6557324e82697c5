# What `cmake --install` puts where, and how CPack makes the two Debian packages
# from it (scripts/package): `satellite` (the desktop app and satellite-cli) and
# `satellite-primary-sim` (the training server, which clinics do not install).
# packaging/README.md explains each choice and each lintian note left.

include(GNUInstallDirs)

set(SATELLITE_APP_ID nz.org.msupply.satellite)
# The metainfo points at the repository: homepage, issues, and the screenshots as
# the repository serves them at the release's tag (<url>/raw/v<version>/docs/...).
set(SATELLITE_SOURCE_URL "https://example.org/satellite"
    CACHE STRING "The public repository's web address (metainfo homepage and screenshots)")
set(SATELLITE_SCREENSHOTS_URL "${SATELLITE_SOURCE_URL}/raw/v${PROJECT_VERSION}/docs/screenshots"
    CACHE STRING "Where the metainfo's screenshots are served")
set(SATELLITE_MAINTAINER "Satellite maintainers <satellite@example.org>"
    CACHE STRING "The Debian packages' maintainer")
option(SATELLITE_PACKAGING "Require every file the packages install (rsvg-convert for the icons)"
       OFF)

set(packaging_source ${PROJECT_SOURCE_DIR}/packaging)
set(packaging_binary ${PROJECT_BINARY_DIR}/packaging)
set(SATELLITE_METAINFO ${packaging_binary}/${SATELLITE_APP_ID}.metainfo.xml)
set(SATELLITE_DESKTOP_FILE ${packaging_source}/${SATELLITE_APP_ID}.desktop)
configure_file(${packaging_source}/${SATELLITE_APP_ID}.metainfo.xml.in ${SATELLITE_METAINFO}
               @ONLY)

# Debian wants manual pages and changelogs compressed, without a time stamp.
set(packaging_outputs "")
function(satellite_gzip input output)
    add_custom_command(OUTPUT ${output}
        COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" gzip ${input} ${output}
        DEPENDS ${input} VERBATIM)
    set(packaging_outputs ${packaging_outputs} ${output} PARENT_SCOPE)
endfunction()

foreach(page satellite satellite-cli primary-sim)
    satellite_gzip(${packaging_source}/man/${page}.1 ${packaging_binary}/man/${page}.1.gz)
endforeach()
satellite_gzip(${packaging_source}/debian/changelog ${packaging_binary}/changelog.Debian.gz)

# The hicolor PNGs are drawn from the one SVG the app uses too.
set(SATELLITE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    foreach(size IN LISTS SATELLITE_ICON_SIZES)
        set(png ${packaging_binary}/icons/${size}x${size}/${SATELLITE_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_binary}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                    --output ${png} ${PROJECT_SOURCE_DIR}/resources/icons/satellite.svg
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/satellite.svg VERBATIM)
        list(APPEND packaging_outputs ${png})
        install(FILES ${png} COMPONENT app
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
elseif(SATELLITE_PACKAGING)
    message(FATAL_ERROR "rsvg-convert is needed for the icons: scripts/install-deps installs it")
else()
    message(STATUS "rsvg-convert not found: the PNG icons are not made (only the SVG installs)")
endif()
add_custom_target(satellite_packaging_files ALL DEPENDS ${packaging_outputs})

# The app: its programs, desktop entry, metainfo, icons, manual pages, completion.
install(FILES ${SATELLITE_DESKTOP_FILE} COMPONENT app
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SATELLITE_METAINFO} COMPONENT app DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/satellite.svg COMPONENT app
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SATELLITE_APP_ID}.svg)
install(FILES ${packaging_binary}/man/satellite.1.gz ${packaging_binary}/man/satellite-cli.1.gz
        COMPONENT app DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_source}/completion/satellite-cli COMPONENT app
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The training server.
install(FILES ${packaging_binary}/man/primary-sim.1.gz COMPONENT primary
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_source}/completion/primary-sim COMPONENT primary
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Each package's copyright and changelog, where Debian looks for them, and its
# lintian overrides, each with its reason.
set(packaging_components app primary)
set(packaging_packages satellite satellite-primary-sim)
foreach(component package IN ZIP_LISTS packaging_components packaging_packages)
    install(FILES ${packaging_source}/debian/copyright ${packaging_binary}/changelog.Debian.gz
            COMPONENT ${component} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package})
    install(FILES ${packaging_source}/lintian/${package} COMPONENT ${component}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides)
endforeach()

# CPack: one Debian package per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME satellite)
set(CPACK_PACKAGE_VENDOR "The Satellite maintainers")
set(CPACK_PACKAGE_CONTACT "${SATELLITE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's own description starts with its summary; CPackDeb puts this one
# before it unless it is CPack's default, so it is left as that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_COMPONENTS_ALL app primary)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SOURCE satellite)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SATELLITE_SOURCE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_APP_PACKAGE_NAME satellite)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# Plug-ins Qt loads at run time, which shlibdeps cannot see: the SQLite driver,
# and the SVG reader of the window's icon.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_APP_DESCRIPTION
    "mSupply sync satellite: the pharmacy's desktop app and its command line
Satellite is the desktop app of a pharmacy or clinic that works with an mSupply
primary server where the internet is poor or missing. Every change is saved on
this computer at once, and synced with the primary whenever the line is up:
dispensing, receiving goods, stock counts, patients of other clinics and their
history. satellite-cli does the same work from a terminal or a script.")

set(CPACK_DEBIAN_PRIMARY_PACKAGE_NAME satellite-primary-sim)
set(CPACK_DEBIAN_PRIMARY_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PRIMARY_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PRIMARY_DESCRIPTION
    "stand-in mSupply primary server for demos, training and tests
primary-sim serves the mSupply sync API (v1, v2, the v3 user check and the v4
patient calls) to the Satellite app and to mSupply's own clients, with a demo
world of stores, items, patients and stock. It is a training and test server:
clinics do not need it.")

include(CPack)
