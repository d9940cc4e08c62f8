#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs what is missing, builds (warnings are errors) and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }
t0=$SECONDS
stage "install dependencies"; tools/install-deps.sh build
stage "configure";            cmake --preset dev
stage "build";                cmake --build --preset dev
stage "test";                 ctest --preset dev --output-on-failure -j2
echo "run-tests.sh: done in $((SECONDS - t0)) s"
