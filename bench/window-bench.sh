#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Classifying a log in the window against the CLI: ekyc-codes-gui starts offscreen with the log
# on its command line and EKYC_EXIT_AFTER_CLASSIFY=1 (it quits once the start-up classification
# has ended), paired with `ekyc-codes classify --format json` on the same log, alternately; the
# window's start-up alone (an empty log) is timed too, so the classification's share shows.
# Goal (issue 18): the window within 10 % of the CLI on the zh profile.
#
# Usage: bench/window-bench.sh [BUILD_DIR] [LOG] [RUNS]
#   BUILD_DIR default build/release (both programs built: cmake --build --preset release)
#   LOG       default /tmp/ekyc-bench-zh-1024.log (bench/gen-log.py --profile zh, made if missing)
#   RUNS      default 5 (medians)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
log=${2:-/tmp/ekyc-bench-zh-1024.log}
runs=${3:-5}
gui=$build/src/app/ekyc-codes-gui
cli=$build/src/cli/ekyc-codes
for b in "$gui" "$cli"; do
  [ -x "$b" ] || { echo "no $b (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
done
[ -s "$log" ] || { echo "generating $log ..."; python3 "$here/gen-log.py" "$log" 1024 --profile zh; }
cat "$log" > /dev/null
home=$(mktemp -d)
empty=$home/empty.log
: > "$empty"
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen HOME=$home XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
  XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -p -m 0700 "$home/run"

# Wall seconds of one command.
seconds() {
  local begin end
  begin=$(date +%s%N)
  "$@" > /dev/null 2>&1 || { echo "bench: $* failed" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v n=$((end - begin)) 'BEGIN {printf "%.3f", n / 1e9}'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

window() { EKYC_EXIT_AFTER_CLASSIFY=1 timeout 300 "$gui" "$1"; }
cli_run() { "$cli" classify --format json "$1"; }
window "$empty" > /dev/null 2>&1 || true # warm-up: fonts, plugins
w="" c="" s=""
for ((i = 0; i < runs; i++)); do
  w+="$(seconds window "$log") "
  c+="$(seconds cli_run "$log") "
  s+="$(seconds window "$empty") "
done
w=$(echo "$w" | median)
c=$(echo "$c" | median)
s=$(echo "$s" | median)
echo "log: $log ($(( $(stat -c %s "$log") / 1048576 )) MB); median of $runs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %8s s\n' "ekyc-codes classify --format json" "$c" "ekyc-codes-gui LOG (offscreen, exit after)" "$w" \
  "ekyc-codes-gui with an empty log (start-up)" "$s"
awk -v w="$w" -v c="$c" -v s="$s" 'BEGIN {
  printf "window / CLI: %.2f   (goal <= 1.10)\n", w / c
  printf "window minus its start-up / CLI: %.2f\n", (w - s) / c }'
