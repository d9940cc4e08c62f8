#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Results page's speed (bench/results/): the codes filter per keystroke with 10,000 codes
# on show (< 16 ms), and the lines of a code whose events lie at the end of a 1.5 GB plain log
# (< 100 ms), read from the line marks and, for comparison, from the file's start. The log is
# bench/gen-log.py's, with 20 lines of App SDK code 2013 appended; it is written to $TMPDIR
# (or /tmp) and deleted at the end.
#
#   bench/results.sh            # builds build/bench (Release), 1536 MB log
#   SIZE_MB=200 bench/results.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/bench}
size=${SIZE_MB:-1536}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEKYC_BUILD_BENCH=ON -DEKYC_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target ekyc-bench-results >"$build/bench-build.log" || { cat "$build/bench-build.log"; exit 1; }
bench="$build/bench/results/ekyc-bench-results"
export QT_QPA_PLATFORM=offscreen

"$bench" filter

log=$(mktemp "${TMPDIR:-/tmp}/ekyc-results-bench-XXXXXX.log")
trap 'rm -f "$log"' EXIT
python3 bench/gen-log.py "$log" "$size"
for i in $(seq 1 20); do
    echo "2023-07-05 23:59:59.000 INFO  [faceid-1] c.e.kyc.SdkClient - GetFaceIdResultIntl {\"Result\":\"2013\",\"RequestId\":\"tail-$i\"}" >>"$log"
done
echo "log: $(du -m "$log" | cut -f1) MB"
cat "$log" >/dev/null # in the page cache, as a log just classified would be
"$bench" lines "$log" 2013
