# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# What the package installs besides the programs (which src/cli and src/app install themselves):
# man pages, and for the GUI its menu entry, AppStream metainfo and hicolor icons, all named after
# the application id so desktops, software centres and the icon theme find each other's files.

# Man pages, gzipped as Debian policy asks (-n: no name or time stamp, so builds are reproducible).
set(EKYC_MAN_PAGES ekyc-codes.1)
if(TARGET ekyc-codes-gui)
    list(APPEND EKYC_MAN_PAGES ekyc-codes-gui.1)
endif()
find_program(EKYC_GZIP gzip)
set(_ekyc_man_dir ${CMAKE_BINARY_DIR}/packaging/man)
foreach(page IN LISTS EKYC_MAN_PAGES)
    set(_source ${CMAKE_CURRENT_LIST_DIR}/${page})
    if(EKYC_GZIP)
        add_custom_command(
            OUTPUT ${_ekyc_man_dir}/${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_ekyc_man_dir}
            COMMAND ${CMAKE_COMMAND} -E copy ${_source} ${_ekyc_man_dir}/${page}
            COMMAND ${EKYC_GZIP} -9nf ${_ekyc_man_dir}/${page}
            DEPENDS ${_source}
            COMMENT "Compressing man page ${page}"
            VERBATIM)
        list(APPEND _ekyc_man_outputs ${_ekyc_man_dir}/${page}.gz)
        install(FILES ${_ekyc_man_dir}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${_source} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()
if(_ekyc_man_outputs)
    add_custom_target(ekyc_man_pages ALL DEPENDS ${_ekyc_man_outputs})
endif()

# Debian's machine-readable copyright file: GPL-3.0-or-later, and the built-in catalog's
# Tencent Cloud text under a licence of its own (LICENSES/ has the texts).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

if(TARGET ekyc-codes-gui)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/${EKYC_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/${EKYC_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    set(_ekyc_icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/ekyc-codes.svg
            DESTINATION ${_ekyc_icons}/scalable/apps RENAME ${EKYC_APP_ID}.svg)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/ekyc-codes-${size}.png
                DESTINATION ${_ekyc_icons}/${size}x${size}/apps RENAME ${EKYC_APP_ID}.png)
    endforeach()
endif()
