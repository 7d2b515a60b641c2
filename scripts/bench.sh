#!/usr/bin/env bash
# Times `actorgraph extract` and `build` on real and synthetic corpora and prints MB/s of article
# text, sentences/s and peak memory, for -j 1 and all cores.
#
# Usage: scripts/bench.sh [SYNTH_MB]   (default 1000: a 1 GB synthetic corpus, written once to
# $BENCH_DIR, default /tmp/actorgraph-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ACTORGRAPH_SHARED:-../shared}"
synth_mb="${1:-1000}"
dir="${BENCH_DIR:-/tmp/actorgraph-bench}"
mkdir -p "$dir"
cargo build --release --quiet --bin actorgraph --example synth
bin=./target/release/actorgraph
cores="$(nproc)"

# Text bytes and sentence count of a JSON Lines corpus (what MB/s is measured on).
measure() {
    python3 - "$1" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        n += len(json.loads(line).get("text", "").encode("utf-8"))
    except Exception:
        pass
print(n)
PY
}

run() { # name corpus command...
    local name="$1" corpus="$2" bytes="$3"; shift 3
    local tlog="$dir/time.log"
    /usr/bin/time -f "%e %M" -o "$tlog" "$@" > "$dir/out" 2> "$dir/err" || true
    read -r secs kb < "$tlog"
    python3 - "$name" "$bytes" "$secs" "$kb" <<'PY'
import sys
name, b, s, kb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
s = max(s, 0.01)
print(f"{name:48s} {b/1e6:9.1f} MB  {s:8.2f} s  {b/1e6/s:8.1f} MB/s  peak {kb/1024:8.1f} MB")
PY
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for corpus in "$shared/corpora/wikinews_politics_conflicts_2004_2009/articles.jsonl" \
              "$shared/corpora/gmb_voa_ner_sentences/sentences.jsonl"; do
    if [ ! -f "$corpus" ]; then
        echo "skipped: $corpus not found"
        continue
    fi
    bytes="$(measure "$corpus")"
    name="$(basename "$(dirname "$corpus")")"
    run "extract -j 1 $name" "$corpus" "$bytes" "$bin" extract -j 1 "$corpus"
    run "extract -j $cores $name" "$corpus" "$bytes" "$bin" extract -j "$cores" "$corpus"
    if "$bin" build --help >/dev/null 2>&1; then
        run "build -j $cores $name" "$corpus" "$bytes" "$bin" build -j "$cores" "$corpus" -o "$dir/graph.json"
    fi
done

synth="$dir/synth-${synth_mb}mb.jsonl"
if [ ! -f "$synth" ]; then
    echo "writing $synth ..."
    ./target/release/examples/synth "$synth_mb" > "$synth.tmp" && mv "$synth.tmp" "$synth"
fi
bytes="$(measure "$synth")"
run "extract -j 1 synthetic ${synth_mb} MB" "$synth" "$bytes" "$bin" extract -j 1 "$synth"
run "extract -j $cores synthetic ${synth_mb} MB" "$synth" "$bytes" "$bin" extract -j "$cores" "$synth"
# `build` keeps every supporting sentence as evidence, and the synthetic corpus is far denser in
# relations than news (every sentence holds one, nearly every triple is an edge of its own): its
# graph file is about 5 times the size of the text, and the builder holds it in memory (about 7
# times the size of the text: see README, Benchmarks). BUILD_MB=0 skips it; BUILD_MB=50 builds the first
# 50 MB only.
build_mb="${BUILD_MB:-$synth_mb}"
if [ "$build_mb" != 0 ]; then
    slice="$synth"
    if [ "$build_mb" != "$synth_mb" ]; then
        slice="$dir/synth-${build_mb}mb-slice.jsonl"
        head -c "${build_mb}000000" "$synth" | head -n -1 > "$slice"
    fi
    bytes="$(measure "$slice")"
    run "build -j $cores synthetic ${build_mb} MB" "$slice" "$bytes" "$bin" build -j "$cores" "$slice" -o "$dir/synth-graph.json"
fi
