#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders the hicolor PNG sizes of the application icon from ekyc-codes.svg.
# The PNGs are committed, so a build never needs this; run it after editing the SVG.
# Needs rsvg-convert (apt-get install librsvg2-bin) or, failing that, ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
  out="ekyc-codes-${size}.png"
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio ekyc-codes.svg --output "$out"
  elif command -v convert >/dev/null; then
    convert -background none -density 1200 ekyc-codes.svg -resize "${size}x${size}" "$out"
  else
    echo "render.sh: needs rsvg-convert (librsvg2-bin) or convert (imagemagick)" >&2
    exit 1
  fi
  echo "$out"
done
