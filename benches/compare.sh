#!/usr/bin/env bash
# Side-by-side benchmarks, measured in one run, as ratios: start-up and memory against a bare
# eframe window, the CLI export against matplotlib, the portfolio against Python's json module
# and against just reading the bytes. Prints a Markdown table (paste it into BENCHMARKS.md).
# usage: benches/compare.sh [N_FILES]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}

need() { command -v "$1" >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hyperfine hyperfine
need Xvfb xvfb
python3 -c "import matplotlib" 2>/dev/null || pip install -q matplotlib

echo "building (release)…" >&2
cargo build --release --quiet --bin retail-maturity --example bare_window --example generate --example floor
bin=target/release/retail-maturity
bare=target/release/examples/bare_window
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

# One X server for every start-up run.
Xvfb :97 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null & xvfb=$!
sleep 1
export DISPLAY=:97

example=data/examples/maison-dupont-2025.json
median() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$@"; }
ms() { python3 -c "import sys; print(f'{float(sys.argv[1])*1000:.1f} ms')" "$@"; }
rss() { # median peak RSS (KB) of 5 runs
  for _ in 1 2 3 4 5; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p
}

# Xvfb now and then refuses a connection under rapid restarts: retry (both sides alike).
retry() { echo "for i in 1 2 3; do $1 && exit 0; done; exit 1"; }
hyperfine --warmup 2 --runs 20 --export-json "$work/start.json" \
  "$(retry "$bin --quit-after-first-frame --open $example")" "$(retry "$bare")" >/dev/null
s_app=$(median "$work/start.json" 0); s_bare=$(median "$work/start.json" 1)
r_app=$(rss "$bin" --quit-after-first-frame --open "$example"); r_bare=$(rss "$bare")

"$bin" export "$example" --json "$work/results.json" --force 2>/dev/null
hyperfine -N --warmup 2 --runs 10 --export-json "$work/export.json" \
  "$bin export $example --png $work/a.png --force" \
  "python3 benches/baselines/profile_radar.py $work/results.json $work/b.png" >/dev/null
e_app=$(median "$work/export.json" 0); e_py=$(median "$work/export.json" 1)

hyperfine -N --warmup 2 --runs 10 --export-json "$work/report.json" \
  "$bin report $example --pdf $work/a.pdf --lang fr --force" \
  "python3 benches/baselines/report.py $work/results.json $work/b.pdf" >/dev/null
rep_app=$(median "$work/report.json" 0); rep_py=$(median "$work/report.json" 1)

files=$work/files
"target/release/examples/generate" "$files" "$n" 2>/dev/null
hyperfine --warmup 1 --runs 5 --export-json "$work/portfolio.json" \
  "$bin portfolio $files --limit 1" \
  "python3 benches/baselines/portfolio.py data/framework.json $files" \
  "target/release/examples/floor $files" \
  "find $files -name '*.json' -print0 | xargs -0 cat > /dev/null" >/dev/null
p_app=$(median "$work/portfolio.json" 0); p_py=$(median "$work/portfolio.json" 1)
p_floor=$(median "$work/portfolio.json" 2); p_cat=$(median "$work/portfolio.json" 3)

size=$(stat -c %s "$bin")
cat <<TABLE
| measure | retail-maturity | alternative | ratio | goal |
| --- | --- | --- | --- | --- |
| start-up to first painted frame (Xvfb, software GL) | $(ms "$s_app") | bare eframe window $(ms "$s_bare") | $(ratio "$s_app" "$s_bare")× | ≤ 1.2× |
| peak memory (RSS) at start-up | $((r_app / 1024)) MiB | bare eframe window $((r_bare / 1024)) MiB | $(ratio "$r_app" "$r_bare")× | ≤ 1.3× |
| CLI \`export --png\` 1600×1000, whole process | $(ms "$e_app") | matplotlib script $(ms "$e_py") | $(ratio "$e_py" "$e_app")× faster | ≥ 10× |
| CLI \`report\` (PDF of one assessment, 10 pages), whole process | $(ms "$rep_app") | matplotlib PdfPages script (\`benches/baselines/report.py\`, 8 pages) $(ms "$rep_py") | $(ratio "$rep_py" "$rep_app")× faster | ≤ 200 ms, ≥ 10× |
| \`portfolio\` over $n files (2 cores) | $(ms "$p_app") | Python json script $(ms "$p_py") | $(ratio "$p_py" "$p_app")× faster | ≥ 10× |
| \`portfolio\` against the floor (list the files, open, read and close each on 2 threads: \`examples/floor.rs\`) | $(ms "$p_app") | floor $(ms "$p_floor") | $(ratio "$p_app" "$p_floor")× the floor | ≤ 1.5× |
| \`portfolio\` against \`find … \| xargs cat\` of the same files | $(ms "$p_app") | cat $(ms "$p_cat") | $(ratio "$p_app" "$p_cat")× | |
| release binary size | $((size / 1024 / 1024)) MiB ($size bytes) | | | |
TABLE
