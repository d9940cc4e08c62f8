#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs what is missing, builds an optimised binary and starts the program (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release
if [ -x build/release/src/app/ekyc-codes-gui ]; then
  exec build/release/src/app/ekyc-codes-gui "$@"
fi
exec build/release/src/cli/ekyc-codes "${@:---help}"
