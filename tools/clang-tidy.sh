#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs clang-tidy (the checks of .clang-tidy) on the project's own sources, src/ and tests/, with
# the flags of a built tree's compile_commands.json (the dev preset writes one); generated files
# (moc, rcc, uic) are left out. Build the tree first: the tests include the .moc files it makes.
# Prints the findings only; exit status 0 when there are none.
# Usage: tools/clang-tidy.sh [BUILD_DIR]   (default: build/dev; needs clang-tidy: install-deps.sh lint)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "clang-tidy.sh: no $build/compile_commands.json (configure with the dev preset and build first)" >&2
  exit 2
fi
mapfile -d '' files < <(python3 - "$build/compile_commands.json" "$PWD" <<'PY'
import json, os, sys
root = os.path.realpath(sys.argv[2])
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.split(os.sep)[0] in ("src", "tests") and path not in seen:
        seen.add(path)
        sys.stdout.write(path + "\0")
PY
)
echo "clang-tidy.sh: ${#files[@]} files, $(nproc) at a time"
# clang-tidy says "N warnings generated." for the headers it was told to ignore: not findings.
status=0
# Qt's qCDebug(category) << ... is a variadic macro called without variadic arguments: fine
# for GCC's -Wpedantic, which builds the project, but a pedantic warning for clang.
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$(nproc)" clang-tidy -p "$build" --quiet \
  --extra-arg=-Wno-gnu-zero-variadic-macro-arguments \
  2> >(grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^$' >&2) \
  || status=$?
wait
if [ "$status" -ne 0 ]; then
  echo "clang-tidy.sh: findings above (exit status $status)" >&2
  exit 1
fi
echo "clang-tidy.sh: no findings"
