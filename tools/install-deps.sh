#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs, through apt-get, the Debian 12 packages ekyc-codes needs that are missing.
# Usage: tools/install-deps.sh [build|gui|fuzz|lint|all]   (build: compile and test; gui: + Xvfb and
# fonts to look at the window; fuzz: + clang and its libFuzzer/sanitizer runtimes for fuzz/; lint: +
# reuse and clang-tidy for CI's licence and static-analysis stages; all: + packaging tools).
# Checks with dpkg first so a second run is instant.
set -euo pipefail

set_name=${1:-build}
packages=(cmake ninja-build g++ lld pkg-config python3 file
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev zlib1g-dev libarchive-dev libvectorscan-dev
          libsimdjson-dev liburing-dev libmimalloc-dev)
case "$set_name" in
  build) packages+=(dpkg-dev desktop-file-utils appstream      # the packaging tests
                   strace time                                  # tst_privacy, tst_badinput_cli's memory check
                   python3-distributed) ;;                      # scale/dask and its test (/usr/bin/python3)
  fuzz) packages+=(clang libclang-rt-14-dev) ;;
  lint) packages+=(reuse clang-tidy) ;;                         # reuse lint, .clang-tidy
  gui) packages+=(xvfb xauth imagemagick xdotool fonts-noto-cjk) ;;
  all) packages+=(xvfb xauth imagemagick xdotool fonts-noto-cjk dpkg-dev desktop-file-utils appstream strace time
                 python3-distributed reuse clang-tidy) ;;
  *) echo "usage: $0 [build|gui|fuzz|lint|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
