# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Shared warnings (ekyc_warnings) and, for product code, Qt's string-safety defines
# (ekyc_build_options). Tests use only the warnings so data tables stay readable.
add_library(ekyc_warnings INTERFACE)
target_compile_options(ekyc_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<BOOL:${EKYC_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
target_compile_definitions(ekyc_warnings INTERFACE QT_NO_FOREACH EKYC_VERSION="${PROJECT_VERSION}")

option(EKYC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EKYC_SANITIZE)
    target_compile_options(ekyc_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ekyc_warnings INTERFACE -fsanitize=address,undefined)
endif()

# lld links one of the test executables (debug info, Qt Widgets) in 0.55 s where ld.bfd takes 2.5 s,
# and a build links some 70 of them: used when the compiler can (tools/install-deps.sh installs it).
option(EKYC_USE_LLD "Link with lld when it is installed" ON)
if(EKYC_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" EKYC_HAVE_LLD)
    if(EKYC_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

# libFuzzer targets in fuzz/ (clang only); they instrument ekyc_core, so a fuzz build is a
# build of its own (the fuzz preset).
option(EKYC_BUILD_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

add_library(ekyc_build_options INTERFACE)
target_link_libraries(ekyc_build_options INTERFACE ekyc_warnings)
target_compile_definitions(ekyc_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
