#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs what is missing, builds (warnings are errors) and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }
t0=$SECONDS
stage "install dependencies"; tools/install-deps.sh build
# In CI (CI=true) line tables only: nobody steps through that build, and full debug info is
# about 15 % of its compile time (docs/reliability.md, CI's stages).
ci_flags=()
[ "${CI:-}" = true ] && ci_flags=(-DCMAKE_CXX_FLAGS_DEBUG=-g1)
stage "configure";            cmake --preset dev "${ci_flags[@]}"
stage "build";                cmake --build --preset dev
stage "test";                 ctest --preset dev --output-on-failure -j2
echo "run-tests.sh: done in $((SECONDS - t0)) s"
