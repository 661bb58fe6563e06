#!/usr/bin/env bash
# Builds the app for the browser into web/dist/: index.html, the .wasm and its JS glue, a static
# folder any web server serves. Installs what it needs when missing: the wasm32 target and the
# wasm-bindgen-cli of the exact version in Cargo.lock (wasm-opt, from Debian's binaryen, is used
# when present). The PDF report is left out of the browser build (see README, "In the browser").
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$version" ] || { echo "web/build.sh: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
  # Not --locked: its lock file names a webpki-roots release that the registry may not offer.
  cargo install wasm-bindgen-cli --version "=$version" --force
fi

cargo build --profile web --target wasm32-unknown-unknown --no-default-features --features gui \
  --bin retail-maturity
wasm=target/wasm32-unknown-unknown/web/retail-maturity.wasm

out=web/dist
rm -rf "$out.new"
mkdir -p "$out.new"
if command -v wasm-opt >/dev/null; then
  # On cargo's output, before wasm-bindgen: Debian's wasm-opt (108) breaks wasm-bindgen's own
  # output (a WebAssembly.Table.set error in the browser).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$out.new/opt.wasm" "$wasm"
  wasm="$out.new/opt.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$out.new" --out-name retail-maturity "$wasm"
rm -f "$out.new/opt.wasm"
cp web/index.html "$out.new/"
rm -rf "$out"
mv "$out.new" "$out"
ls -l "$out"
echo "web/dist is ready: serve it, e.g. python3 -m http.server -d web/dist 8080"
