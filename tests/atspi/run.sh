#!/usr/bin/env bash
# The desktop app read by a screen reader's interface (AT-SPI) under Xvfb, on a session bus of
# its own: tests/atspi/walk.py finds the window, the families, the radio groups, the chart's
# text alternative and the scores table, answers a level and reads the new score.
# usage: tests/atspi/run.sh BINARY   (installs at-spi2-core, python3-pyatspi, dbus-x11, xvfb)
set -euo pipefail
bin=$(realpath "${1:?usage: run.sh BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v dbus-run-session >/dev/null || ! /usr/bin/python3 -c "import pyatspi" 2>/dev/null \
   || [ ! -x /usr/libexec/at-spi-bus-launcher ] || ! command -v Xvfb >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq at-spi2-core python3-pyatspi dbus-x11 \
    xvfb libgl1-mesa-dri >/dev/null
fi
export BIN=$bin HERE=$here
exec dbus-run-session -- bash -c '
  set -euo pipefail
  tmp=$(mktemp -d)
  Xvfb :91 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bus=$!
  # The bus answers once it is up (polled, at most 10 s).
  for _ in $(seq 100); do
    busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true \
      2>/dev/null && break
    sleep 0.1
  done
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
  export DISPLAY=:91 LANG=en_GB.UTF-8 XDG_DATA_HOME=$tmp/data HOME=$tmp
  "$BIN" --open "$HERE/../../data/examples/maison-dupont-2025.json" --lang en --window 1280x800 \
    >"$tmp/app.log" 2>&1 & app=$!
  rc=0
  timeout 120 /usr/bin/python3 "${WALK:-$HERE/walk.py}" || rc=$?
  kill $app $bus $xvfb 2>/dev/null || true
  [ $rc -eq 0 ] || { echo "app log:"; cat "$tmp/app.log"; }
  exit $rc
'
