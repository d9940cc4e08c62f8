#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Fuzzes one target for SECONDS: fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
#   TARGET: fuzz_classify_text | fuzz_catalog | fuzz_decode | fuzz_filescan | fuzz_decode_line
# Builds the fuzz preset when needed (clang; EKYC_FUZZ_BUILD_DIR picks another build folder).
# New inputs go to a work corpus outside the repository (EKYC_FUZZ_WORK, default
# <build>/fuzz-work/TARGET); crashes, leaks and timeouts to <work>/artifacts/. The checked-in
# seeds (fuzz/corpus/TARGET) and regressions (fuzz/regressions/TARGET) are read, never written.
# After a find: copy the artifact to fuzz/regressions/TARGET/, fix, and `ctest --preset fuzz`.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
build=${EKYC_FUZZ_BUILD_DIR:-$root/build/fuzz}
work=${EKYC_FUZZ_WORK:-$build/fuzz-work/$target}

if [ ! -f "$build/CMakeCache.txt" ]; then
  if [ "$build" = "$root/build/fuzz" ]; then
    cmake --preset fuzz -S "$root" >/dev/null
  else
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DEKYC_BUILD_FUZZ=ON -DEKYC_BUILD_GUI=OFF >/dev/null
  fi
fi
cmake --build "$build" --target "$target"
binary=$build/fuzz/$target
[ -x "$binary" ] || { echo "$0: no fuzz target $target" >&2; exit 2; }

mkdir -p "$work/corpus" "$work/artifacts"
seeds=("$root/fuzz/corpus/$target")
[ -d "$root/fuzz/regressions/$target" ] && seeds+=("$root/fuzz/regressions/$target")
# The decoder target reads archives bigger than libFuzzer's default 4 KiB limit.
max_len=4096
[ "$target" = fuzz_decode ] && max_len=16384
[ "$target" = fuzz_catalog ] && max_len=32768
# fuzz_filescan cuts inputs into blocks of 16 bytes and up: 1 KiB keeps it at hundreds a second.
[ "$target" = fuzz_filescan ] && max_len=1024
echo "$0: $target for ${seconds}s; work corpus $work/corpus"
start=$(date +%s)
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
  "$binary" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$@" "$work/corpus" "${seeds[@]}"
status=$?
echo "$0: $target ran $(( $(date +%s) - start ))s, exit $status; corpus $(ls "$work/corpus" | wc -l) files"
exit $status
