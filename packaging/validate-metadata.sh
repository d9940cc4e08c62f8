#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# packaging_metadata_valid: the desktop entry passes desktop-file-validate, the AppStream metainfo
# passes `appstreamcli validate --no-net`, the two and the icons agree on the application id, and
# every committed PNG icon has the size its name says.
# Usage: validate-metadata.sh PACKAGING_DIR APP_ID
# Exit status: 0 valid, 1 a check failed, 77 (skip) a validator is not installed.
set -uo pipefail
dir=$1
app_id=$2
desktop=$dir/$app_id.desktop
metainfo=$dir/$app_id.metainfo.xml
failures=0
missing=()
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if command -v desktop-file-validate >/dev/null; then
  # It exits 0 on warnings and hints; any line it prints is a finding.
  output=$(desktop-file-validate "$desktop" 2>&1)
  status=$?
  echo "desktop-file-validate $(basename "$desktop"): status $status${output:+, output:}"
  [ -n "$output" ] && echo "$output"
  [ "$status" -eq 0 ] && [ -z "$output" ] || fail "desktop-file-validate reported problems"
else
  missing+=("desktop-file-validate (apt-get install desktop-file-utils)")
fi

if command -v appstreamcli >/dev/null; then
  # Non-zero on errors and warnings; pedantic notes (e.g. upper case in the id) are allowed.
  output=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1)
  status=$?
  echo "appstreamcli validate --no-net $(basename "$metainfo"): status $status"
  echo "$output"
  [ "$status" -eq 0 ] || fail "appstreamcli validate reported problems"
else
  missing+=("appstreamcli (apt-get install appstream)")
fi

# What the validators cannot see: the files must name each other and the programs consistently.
entry() { sed -n "s/^$1=//p" "$desktop"; }
[ "$(entry Exec)" = "ekyc-codes-gui %F" ] || fail "desktop Exec= is '$(entry Exec)', expected 'ekyc-codes-gui %F'"
[ "$(entry Icon)" = "$app_id" ] || fail "desktop Icon= is '$(entry Icon)', expected '$app_id'"
for type in text/plain application/gzip application/zip; do
  [[ ";$(entry MimeType)" == *";$type;"* ]] || fail "desktop MimeType= lacks $type"
done
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
  || fail "metainfo does not launch $app_id.desktop"
for binary in ekyc-codes ekyc-codes-gui; do
  grep -q "<binary>$binary</binary>" "$metainfo" || fail "metainfo does not provide binary $binary"
done
for tag in '<developer_name>' '<screenshot type="default">' '<image>' '<content_rating' '<release version=' \
           '<project_license>GPL-3.0-or-later</project_license>'; do
  grep -qF "$tag" "$metainfo" || fail "metainfo lacks $tag"
done

[ -s "$dir/icons/ekyc-codes.svg" ] || fail "icons/ekyc-codes.svg is missing"
if command -v file >/dev/null; then
  for size in 16 22 24 32 48 64 128 256; do
    png=$dir/icons/ekyc-codes-$size.png
    file -b "$png" | grep -q "^PNG image data, $size x $size," \
      || fail "$(basename "$png") is not a ${size}x${size} PNG: $(file -b "$png")"
  done
else
  missing+=("file (apt-get install file)")
fi

if [ "$failures" -gt 0 ]; then
  echo "packaging_metadata_valid: $failures check(s) failed"
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'SKIP: not installed: %s\n' "${missing[@]}"
  exit 77
fi
echo "packaging_metadata_valid: all checks passed"
