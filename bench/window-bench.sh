#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Classifying a log in the window against the CLI: ekyc-codes-gui starts offscreen with the log
# on its command line and EKYC_EXIT_AFTER_CLASSIFY=1 (it quits once the start-up classification
# has ended), paired with `ekyc-codes classify --format json` on the same log, alternately; the
# window's start-up alone (an empty log) is timed too, so the classification's share shows.
# Goal (issue 18): the window's classification within 10 % of the CLI on the zh profile, that
# is (window - its start-up) / CLI <= 1.10; the ratio with the start-up included is printed too.
# Wall and CPU (user + system) seconds, medians: on the shared machine CPU is the steadier one.
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

# "wall cpu" seconds of one command (cpu: user + system, of all its threads).
seconds() {
  local begin end
  begin=$(date +%s%N)
  "$@" > /dev/null 2> "$home/err" || { echo "bench: $* failed" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v n=$((end - begin)) 'BEGIN {printf "%.3f", n / 1e9}'
  printf ' %s' "$(awk '/^cpu / {printf "%.3f", $2 + $3}' "$home/err")"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

timed() { /usr/bin/time -f 'cpu %U %S' "$@"; }
window() { EKYC_EXIT_AFTER_CLASSIFY=1 timed timeout 300 "$gui" "$1"; }
cli_run() { timed "$cli" classify --format json "$1"; }
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
window "$empty" > /dev/null 2>&1 || true # warm-up: fonts, plugins
w="" c="" s="" wc="" cc="" sc=""
for ((i = 0; i < runs; i++)); do
  read -r a b <<< "$(seconds window "$log")"; w+="$a " wc+="$b "
  read -r a b <<< "$(seconds cli_run "$log")"; c+="$a " cc+="$b "
  read -r a b <<< "$(seconds window "$empty")"; s+="$a " sc+="$b "
done
for v in w c s wc cc sc; do printf -v "$v" '%s' "$(echo "${!v}" | median)"; done
echo "log: $log ($(( $(stat -c %s "$log") / 1048576 )) MB); median of $runs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %8s %8s\n' "" "wall s" "CPU s" "ekyc-codes classify --format json" "$c" "$cc" \
  "ekyc-codes-gui LOG (offscreen, exit after)" "$w" "$wc" "ekyc-codes-gui with an empty log (start-up)" "$s" "$sc"
awk -v w="$w" -v c="$c" -v s="$s" -v wc="$wc" -v cc="$cc" -v sc="$sc" 'BEGIN {
  printf "%-44s %8.2f %8.2f   (goal <= 1.10)\n", "classification: (window - start-up) / CLI", (w - s) / c, (wc - sc) / cc
  printf "%-44s %8.2f %8.2f\n", "start-up included: window / CLI", w / c, wc / cc }'
