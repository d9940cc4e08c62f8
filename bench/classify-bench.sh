#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Times `ekyc-codes classify` against the cost of reading the input (`wc -l`) and against the
# quick pipeline a user would type (rg | sort | uniq -c), interleaved, on generated logs: one
# per profile of bench/gen-log.py, and a folder of many small logs (docs/performance.md).
#
# Usage: bench/classify-bench.sh [BINARY] [WHAT] [RUNS]
#   BINARY  default build/release/src/cli/ekyc-codes (configure with the release preset)
#   WHAT    a log file, or profiles separated by commas (default ascii,zh,gbk,images,folder):
#           ascii, zh, gbk, images are /tmp/ekyc-bench-PROFILE-SIZE.log of SIZE_MB (default
#           1024) MB; folder is /tmp/ekyc-bench-folder/ (10,000 logs of 100 lines); each is
#           generated if missing and kept for the next call (delete them when done: disk)
#   RUNS    default 5 (the median is quoted)
#   GZ=1    also time a .gz of the ascii log (or of the log file) against zcat
# One run of classify takes every input (xargs -s: one command line).
# Needs: ripgrep, /usr/bin/time (package time), python3, gzip.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/release/src/cli/ekyc-codes}
what=${2:-ascii,zh,gbk,images,folder}
runs=${3:-5}
size=${SIZE_MB:-1024}
[ -x "$bin" ] || { echo "no binary at $bin (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep (rg) is needed: apt-get install ripgrep" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed: apt-get install time" >&2; exit 2; }

# Each command reads its inputs from a list (one per line) made before the timing: for the
# folder, the shell's glob and printf of 10,000 names cost about 40 ms per run, the same for
# every command, which only dilutes their ratios (sessions before 14 timed it inside each command).
list_inputs() { if [ -d "$1" ]; then printf '%s\n' "$1"/*.log; else echo "$1"; fi; }
pipeline() {
  xargs -d '\n' -s 2000000 env LC_ALL=C rg --no-filename -o -N \
    -e '(FailedOperation|InvalidParameterValue|UnauthorizedOperation)\.[A-Za-z]+|"(ErrorCode|Result)":"?-?[0-9A-Za-z]+' \
    < "$1" | LC_ALL=C sort | uniq -c > /dev/null
}
wc_l() { xargs -d '\n' -s 2000000 wc -l < "$1" > /dev/null; }
classify() { xargs -d '\n' -s 2000000 "$bin" classify --format json < "$1" > /dev/null; }
zcat_() { xargs -d '\n' zcat < "$1" > /dev/null; }

# Puts the inputs of a list in the page cache as a log read from disk is (by readahead: on this
# VM's kernel, in 2 MB folios), not as one just written (4 KiB pages): dropped, then read. rg
# maps a large file, a page fault per folio, and took 0.96 s on a freshly written 1 GB log where
# it took 0.29 s on the same bytes read back; wc -l and classify read() and do not mind
# (docs/performance.md, session 14).
warm() {
  python3 -c 'import os, sys
for path in sys.stdin.read().splitlines():
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)  # written pages must be clean to be dropped
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)' < "$1"
  xargs -d '\n' -s 2000000 cat < "$1" > /dev/null
}

# Prints wall seconds (bash's clock in microseconds: /usr/bin/time's %e counts in 10 ms steps, 6 %
# of the folder's time); peak RSS (KB, from /usr/bin/time) goes to the file named by $rss.
timed() {
  local out start end
  start=${EPOCHREALTIME/,/.}
  out=$( { /usr/bin/time -f '%M' bash -c "$(declare -f "$1"); bin='$bin'; $1 '$2'" ; } 2>&1 >/dev/null | tail -1)
  end=${EPOCHREALTIME/,/.}
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'
  echo "$out" >> "$rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
rss=$(mktemp)
list=$rss.list
trap 'rm -f "$rss" "$rss.classify" "$list"' EXIT

# bench NAME TARGET: the three commands interleaved, RUNS times; prints medians and ratios.
bench() {
  local name=$1 target=$2 w p c peak lines bytes
  list_inputs "$target" > "$list"
  warm "$list"
  lines=$(xargs -d '\n' -s 2000000 cat < "$list" | wc -l)
  bytes=$(xargs -d '\n' -s 2000000 cat < "$list" | wc -c)
  echo "== $name: $target, $((bytes / 1048576)) MB, $lines lines, $(wc -l < "$list") input(s); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  declare -A t=([wc_l]="" [pipeline]="" [classify]="")
  : > "$rss.classify"
  for ((i = 0; i < runs; i++)); do
    for cmd in wc_l pipeline classify; do
      : > "$rss"
      t[$cmd]+="$(timed "$cmd" "$list") "
      [ "$cmd" = classify ] && cat "$rss" >> "$rss.classify"
    done
  done
  w=$(echo "${t[wc_l]}" | tr ' ' '\n' | grep . | median)
  p=$(echo "${t[pipeline]}" | tr ' ' '\n' | grep . | median)
  c=$(echo "${t[classify]}" | tr ' ' '\n' | grep . | median)
  peak=$(sort -n "$rss.classify" | tail -1)
  printf '%-34s %8s s\n' "wc -l" "$w" "rg | sort | uniq -c" "$p" "ekyc-codes classify --format json" "$c"
  echo "$name classify / wc -l:    $(ratio "$c" "$w")   (goal <= 1.2, aim 1.0)"
  echo "$name classify / pipeline: $(ratio "$c" "$p")   (goal <= 0.6, aim 0.5)"
  echo "$name classify peak RSS:   $((peak / 1024)) MB   (goal < 64 MB)"
}

bench_gz() {
  local log=$1 gz=$1.gz z="" cg=""
  [ -s "$gz" ] || { echo "compressing $gz ..."; gzip -1 -c "$log" > "$gz"; }
  echo "$gz" > "$list"
  warm "$list"
  for ((i = 0; i < runs; i++)); do
    z+="$(timed zcat_ "$list") "
    cg+="$(timed classify "$list") "
  done
  z=$(echo "$z" | tr ' ' '\n' | grep . | median)
  cg=$(echo "$cg" | tr ' ' '\n' | grep . | median)
  printf '%-34s %8s s\n' "zcat FILE.gz" "$z" "ekyc-codes classify FILE.gz" "$cg"
  echo "classify .gz / zcat: $(ratio "$cg" "$z")   (goal <= 1.2)"
}

echo "$(nproc) cores; median of $runs runs, page cache warm (each input dropped and read back first)"
if [ -f "$what" ]; then
  bench "$(basename "$what")" "$what"
  [ "${GZ:-0}" = 1 ] && bench_gz "$what"
  exit 0
fi
IFS=, read -ra profiles <<< "$what"
for profile in "${profiles[@]}"; do
  if [ "$profile" = folder ]; then
    target=/tmp/ekyc-bench-folder
    [ -s "$target/09999.log" ] || { echo "generating $target ..."; python3 "$here/gen-log.py" --folder "$target"; }
  else
    target=/tmp/ekyc-bench-$profile-$size.log
    [ -s "$target" ] || { echo "generating $target ..."; python3 "$here/gen-log.py" "$target" "$size" --profile "$profile"; }
  fi
  bench "$profile" "$target"
  if [ "$profile" = ascii ] && [ "${GZ:-0}" = 1 ]; then bench_gz "$target"; fi
done
