# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Packaging tests (label `packaging`): `ctest -L packaging`. The scripts exit 77, reported as a
# skip, when a tool they need is not installed; tools/install-deps.sh installs them for CI.
if(TARGET ekyc-codes-gui)
    set(_ekyc_with_gui 1)
else()
    set(_ekyc_with_gui 0)
endif()

add_test(NAME packaging_metadata_valid
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/validate-metadata.sh ${CMAKE_CURRENT_LIST_DIR} ${EKYC_APP_ID})
add_test(NAME packaging_manpages_render
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-manpages.sh
                 ${CMAKE_CURRENT_LIST_DIR}/ekyc-codes.1 ${CMAKE_CURRENT_LIST_DIR}/ekyc-codes-gui.1)
# Needs the whole build: cpack installs every target into its staging folder.
add_test(NAME deb_package_runs
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/test-deb.sh
                 ${CMAKE_CPACK_COMMAND} ${CMAKE_BINARY_DIR} ${PROJECT_VERSION} ${_ekyc_with_gui} ${EKYC_APP_ID})
set_tests_properties(packaging_metadata_valid packaging_manpages_render deb_package_runs
                     PROPERTIES LABELS packaging SKIP_RETURN_CODE 77)
set_tests_properties(deb_package_runs PROPERTIES TIMEOUT 120 RUN_SERIAL ON)
