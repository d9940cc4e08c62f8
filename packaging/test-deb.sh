#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# deb_package_runs: builds the .deb with CPack into a temporary folder (the build tree stays
# clean), unpacks it with `dpkg-deb -x`, runs the unpacked ekyc-codes against the system's Qt, and
# checks the control fields and the files a desktop needs. Installing it with apt-get is the
# README's manual check.
# Usage: test-deb.sh CPACK BUILD_DIR VERSION WITH_GUI(0|1) APP_ID
# Exit status: 0 all checks passed, 1 a check failed, 77 (skip) dpkg-dev or file is not installed.
set -uo pipefail
cpack=$1
build=$2
version=$3
with_gui=$4
app_id=$5

for tool in dpkg-deb dpkg-shlibdeps file; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (apt-get install dpkg-dev file); cannot build the .deb"
    exit 77
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ekyc-deb-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
checks=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, counts a failure when it fails
  local what=$1
  shift
  checks=$((checks + 1))
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAIL: $what"
    failures=$((failures + 1))
  fi
}

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB failed (is the whole project built?)"
  exit 1
fi
arch=$(dpkg --print-architecture)
deb=$tmp/out/ekyc-codes_${version}_${arch}.deb
if [ ! -f "$deb" ]; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack did not write $(basename "$deb"); it wrote:"
  ls "$tmp/out"
  exit 1
fi
dpkg-deb --info "$deb"

# --- control fields
field() { dpkg-deb --field "$deb" "$1"; }
names() { # names FIELD PACKAGE: PACKAGE is one of FIELD's packages or alternatives
  field "$1" | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2"
}
# dpkg-shlibdeps names the runtime library packages; Debian 13 renamed them with a t64 suffix.
depends_on() { names Depends "$1" || names Depends "${1}t64"; }
no_dev_depends() { ! field Depends | grep -q -- '-dev'; }
check "Package is ekyc-codes" test "$(field Package)" = ekyc-codes
check "Version is $version" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Section is utils" test "$(field Section)" = utils
check "Maintainer is set" test -n "$(field Maintainer)"
libraries=(libc6 libstdc++6 libqt6core6)
[ "$with_gui" = 1 ] && libraries+=(libqt6gui6 libqt6widgets6)
for library in "${libraries[@]}"; do
  check "Depends names $library" depends_on "$library"
done
check "Depends names no -dev package" no_dev_depends
check "Recommends is 'fonts-noto-cjk | fonts-wqy-microhei'" \
  test "$(field Recommends)" = "fonts-noto-cjk | fonts-wqy-microhei"

# --- contents
dpkg-deb --contents "$deb" >"$tmp/contents"
owned_by_root() { [ "$(awk '{print $2}' "$tmp/contents" | sort -u)" = root/root ]; }
all_under_usr() { ! awk '{print $6}' "$tmp/contents" | grep -v -e '^\./$' -e '^\./usr/'; }
check "every file is owned by root/root" owned_by_root
check "every file is under /usr" all_under_usr
dpkg-deb -x "$deb" "$tmp/root"
root=$tmp/root
check "usr/share/man/man1/ekyc-codes.1.gz is valid gzip" gzip -t "$root/usr/share/man/man1/ekyc-codes.1.gz"
copyright=$root/usr/share/doc/ekyc-codes/copyright
check "usr/share/doc/ekyc-codes/copyright names GPL-3.0-or-later" grep -qx 'License: GPL-3.0-or-later' "$copyright"
check "usr/share/doc/ekyc-codes/copyright declares the catalog's Tencent Cloud text" \
  grep -qx 'License: LicenseRef-TencentCloud-eKYC-ErrorCodes' "$copyright"

# --- the unpacked CLI runs with the system's Qt, nothing from the build tree
no_rpath() { command -v readelf >/dev/null && ! readelf -d "$1" | grep -qE '\((RUN)?PATH\)'; }
libraries_found() { env -u LD_LIBRARY_PATH ldd "$1" >"$tmp/ldd" && ! grep 'not found' "$tmp/ldd"; }
cli=$root/usr/bin/ekyc-codes
check "usr/bin/ekyc-codes is an executable" test -x "$cli"
check "ekyc-codes has no RPATH/RUNPATH (every library is a system one; none into the build tree)" no_rpath "$cli"
# An empty RPATH entry ("::::", CMake's padding for an install RPATH) is the current folder: a
# binary run from the build tree would load libraries from wherever it is started.
check "the build tree's ekyc-codes has no RPATH/RUNPATH" no_rpath "$build/src/cli/ekyc-codes"
check "ekyc-codes finds every shared library" libraries_found "$cli"
version_output=$(cd "$tmp" && env -u LD_LIBRARY_PATH "$cli" --version 2>&1)
echo "ekyc-codes --version: $version_output"
check "ekyc-codes --version prints 'ekyc-codes $version'" test "$version_output" = "ekyc-codes $version"
lookup_output=$(cd "$tmp" && env -u LD_LIBRARY_PATH "$cli" lookup 2015 --format json 2>&1)
check "ekyc-codes lookup 2015 finds the built-in catalog's idv_sdk row" \
  grep -q '"product": *"idv_sdk", *"code": *"2015"' <<<"$lookup_output"

# --- the desktop application and what a desktop needs to show it
if [ "$with_gui" = 1 ]; then
  gui=$root/usr/bin/ekyc-codes-gui
  check "usr/bin/ekyc-codes-gui is an executable" test -x "$gui"
  check "ekyc-codes-gui has no RPATH/RUNPATH" no_rpath "$gui"
  check "the build tree's ekyc-codes-gui has no RPATH/RUNPATH" no_rpath "$build/src/app/ekyc-codes-gui"
  check "ekyc-codes-gui finds every shared library" libraries_found "$gui"
  check "the man page of ekyc-codes-gui is installed" test -f "$root/usr/share/man/man1/ekyc-codes-gui.1.gz"
  check "the desktop entry is installed" test -f "$root/usr/share/applications/$app_id.desktop"
  check "the AppStream metainfo is installed" test -f "$root/usr/share/metainfo/$app_id.metainfo.xml"
  check "the scalable icon is installed" test -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in 16 22 24 32 48 64 128 256; do
    check "the ${size}x${size} icon is installed" \
      test -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
else
  echo "note: this build has no ekyc-codes-gui target; checked the command-line tool only"
fi

echo "deb_package_runs: $((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
