#!/usr/bin/env bash
# Remakes the pictures of README.md from the examples: chart exports by the CLI, the report's
# pages (pdftoppm, montage), the app's window by its own `--screenshot` under a virtual X
# display, and the browser's page from the web test's screenshots (when web/test/out exists).
# Installs xvfb, poppler-utils and imagemagick when missing.
# usage: docs/make-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v xvfb-run >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth libgl1 libegl1 libgl1-mesa-dri \
    libxkbcommon-x11-0 libxcursor1 libxi6 libxrandr2 >/dev/null
fi
if ! command -v pdftoppm >/dev/null || ! command -v montage >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils imagemagick >/dev/null
fi
cargo build --release --quiet --bin retail-maturity
bin=target/release/retail-maturity
ex=data/examples
img=docs/img
mkdir -p "$img"

"$bin" export "$ex/maison-dupont-2025.json" --png "$img/export-all-fr.png" --lang fr --force
"$bin" export "$ex/maison-dupont-2025.json" --png "$img/export-all-en-800x500.png" --size 800x500 --lang en --force
"$bin" export "$ex/maison-dupont-2025.json" --svg "$img/radar-fr.svg" --chart radar --lang fr --force
"$bin" compare "$ex/maison-dupont-2024.json" "$ex/maison-dupont-2025.json" "$ex/maison-dupont-2026.json" \
  --png "$img/compare-dupont-fr.png" --lang fr --force >/dev/null
"$bin" compare "$ex/maison-dupont-2025.json" "$ex/boutique-lumiere-2025.json" \
  --png "$img/compare-two-retailers-en.png" --lang en --force >/dev/null

shot() { timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" "$@"; }
shot --open "$ex/maison-dupont-2025.json" --lang fr --theme light --window 1600x1000 \
  --screenshot "$img/app-fr-light.png"
shot --open "$ex/maison-dupont-2025.json" --lang en --theme dark --window 1024x700 \
  --screenshot "$img/app-en-dark-1024.png"
shot --compare "$ex/maison-dupont-2024.json" "$ex/maison-dupont-2025.json" "$ex/maison-dupont-2026.json" \
  --lang fr --theme light --window 1600x1000 --screenshot "$img/app-compare-fr.png"

# The report's pages, side by side.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" report "$ex/maison-dupont-2026.json" --pdf "$work/report.pdf" --lang fr --force >/dev/null
pdftoppm -png -r 40 "$work/report.pdf" "$work/page"
montage "$work"/page-*.png -tile 5x -geometry +6+6 -background '#d0d4da' -colors 256 PNG8:"$img/report-fr.png"

if [ -f web/test/out/answered-1280x800.png ]; then
  cp web/test/out/answered-1280x800.png "$img/web-en-1280.png"
fi
# A phone (390×844 at a ratio of 3, from web/test/devices.mjs): the questions and the results.
phone=web/test/out/phone-390x844@3
if [ -f "$phone-questions.png" ] && [ -f "$phone-results.png" ]; then
  montage "$phone-questions.png" "$phone-results.png" -resize 390x -tile 2x -geometry +8+8 \
    -background '#d0d4da' -colors 128 PNG8:"$img/web-phone-en.png"
fi
