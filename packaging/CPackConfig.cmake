# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Debian package of both programs: `cmake --build BUILD --target package` or `cd BUILD && cpack -G DEB`
# gives ekyc-codes_VERSION_ARCH.deb. Included last by the top-level CMakeLists.txt, after src/, so
# `if(TARGET ekyc-codes-gui)` knows whether the GUI is part of this build.
include(GNUInstallDirs)

set(EKYC_APP_ID io.github.ekyc_codes.EkycCodes)
include(${CMAKE_CURRENT_LIST_DIR}/install.cmake)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ekyc-codes)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The ekyc-codes developers")
set(CPACK_PACKAGE_CONTACT "The ekyc-codes developers <ekyc-codes@example.invalid>")
# Debian's synopsis style: lower case, no full stop, under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "look up Tencent Cloud eKYC error codes and classify logs")
set(CPACK_PACKAGE_DESCRIPTION
    "A fast, offline tool for support engineers: the published Tencent Cloud eKYC
error-code page (five products, 134 rows) built in, searchable by code or
text, with the billing of every code in every product where it exists.
Its classify command counts the codes that logs hold (plain, gzip or zip),
per product, and how many of them are billable.

This package holds the command-line tool ekyc-codes and, when built, the
Qt desktop application ekyc-codes-gui.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends is computed by dpkg-shlibdeps (package dpkg-dev, which also needs `file`) from the
# libraries the binaries link, so it names exactly the Qt 6 runtime packages they use.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Chinese UI and catalog titles are unreadable boxes without a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_SOURCE_GENERATOR TGZ)
# Regular expressions; CPack writes them into its config unescaped, hence the doubled backslashes.
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/" "\\\\.user$" "__pycache__")

include(CPack)

if(EKYC_BUILD_TESTS)
    include(${CMAKE_CURRENT_LIST_DIR}/tests.cmake)
endif()
