#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Start-up time to a painted window: ekyc-codes-gui against a bare QTableView window built
# the same way (bench/startup/). Each start runs with EKYC_EXIT_AFTER_PAINT=1, so the program
# quits right after its first paint and the whole process is timed. All starts share one
# Xvfb server and alternate between the two programs; one warm-up start of each is not counted.
#
#   bench/startup.sh            # builds build/bench (Release) and measures 10 starts of each
#   RUNS=20 BUILD_DIR=/tmp/b bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
build=${BUILD_DIR:-build/bench}

if [ -z "${EKYC_BENCH_INSIDE_XVFB:-}" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEKYC_BUILD_BENCH=ON -DEKYC_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build" --target ekyc-codes-gui ekyc-bench-bare-table >/dev/null
    export EKYC_BENCH_INSIDE_XVFB=1 RUNS="$runs" BUILD_DIR="$build"
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

gui="$build/src/app/ekyc-codes-gui"
bare="$build/bench/startup/ekyc-bench-bare-table"
export EKYC_EXIT_AFTER_PAINT=1

# Milliseconds from exec to exit of one start; fails if the program does not exit by itself.
start_ms() {
    local begin end
    begin=$(date +%s%N)
    timeout 30 "$1" >/dev/null 2>&1 || { echo "bench: $1 did not exit after its first paint" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - begin) / 1000000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

start_ms "$bare" >/dev/null
start_ms "$gui" >/dev/null
bare_times=()
gui_times=()
for _ in $(seq "$runs"); do
    bare_times+=("$(start_ms "$bare")")
    gui_times+=("$(start_ms "$gui")")
done

bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
gui_median=$(printf '%s\n' "${gui_times[@]}" | median)
echo "bare QTableView (ms): ${bare_times[*]}"
echo "ekyc-codes-gui  (ms): ${gui_times[*]}"
echo "median start to first paint, $runs starts each under Xvfb:"
echo "  bare QTableView  ${bare_median} ms"
echo "  ekyc-codes-gui   ${gui_median} ms"
awk -v g="$gui_median" -v b="$bare_median" 'BEGIN { printf "  ratio            %.2fx (goal: at most 1.5x)\n", g / b }'
