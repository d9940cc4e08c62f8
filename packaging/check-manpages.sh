#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# packaging_manpages_render: each man page formats with groff with every warning enabled and no
# warning printed, and man-db's lexgrog can read its NAME line (what whatis and apropos index).
# Usage: check-manpages.sh PAGE...
# Exit status: 0 clean, 1 a page has problems, 77 (skip) groff is not installed.
set -uo pipefail
if ! command -v groff >/dev/null; then
  echo "SKIP: groff is not installed (apt-get install groff-base)"
  exit 77
fi
failures=0
for page in "$@"; do
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
  if [ -n "$warnings" ]; then
    echo "FAIL: groff warns about $page:"
    echo "$warnings"
    failures=$((failures + 1))
  fi
  if command -v lexgrog >/dev/null; then
    if ! lexgrog "$page"; then
      echo "FAIL: lexgrog cannot read the NAME section of $page"
      failures=$((failures + 1))
    fi
  fi
  # An empty rendering would pass the checks above; the page must at least show its sections.
  text=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g')
  for section in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
    grep -q "^$section" <<<"$text" || { echo "FAIL: $page has no $section section"; failures=$((failures + 1)); }
  done
done
[ "$failures" -eq 0 ] || exit 1
echo "packaging_manpages_render: $# page(s) clean"
