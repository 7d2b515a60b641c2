#!/usr/bin/env bash
# Times `actorgraph extract` and `build` on real and synthetic corpora and prints MB/s of article
# text, sentences/s and peak memory, for -j 1 and all cores.
#
# Usage: scripts/bench.sh [SYNTH_MB]   (default 1000: a 1 GB synthetic corpus, written once to
# $BENCH_DIR, default /tmp/actorgraph-bench)
# The real corpora run RUNS_REAL times (default 5; best and median printed), the synthetic once.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ACTORGRAPH_SHARED:-../shared}"
synth_mb="${1:-1000}"
dir="${BENCH_DIR:-/tmp/actorgraph-bench}"
mkdir -p "$dir"
cargo build --release --quiet --bin actorgraph --example synth --example measure
bin=./target/release/actorgraph
cores="$(nproc)"

# Text bytes and sentences of a corpus, as `extract` reads and splits it: "BYTES SENTENCES".
measure() {
    ./target/release/examples/measure "$1" | cut -d' ' -f1,2
}

run() { # name corpus "bytes sentences" command... (RUNS times; prints the best and the median)
    local name="$1" corpus="$2" size="$3"; shift 3
    local tlog="$dir/time.log"
    : > "$tlog"
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -a -o "$tlog" "$@" > "$dir/out" 2> "$dir/err" || true
    done
    python3 - "$name" "$size" "$tlog" <<'PY'
import statistics, sys
name = sys.argv[1]
b, n = (int(x) for x in sys.argv[2].split())
runs = [tuple(float(x) for x in l.split()) for l in open(sys.argv[3]) if l.strip()]
secs = sorted(max(s, 0.01) for s, _ in runs)
kb = max(k for _, k in runs)
best, med = secs[0], statistics.median(secs)
print(f"{name:44s} {b/1e6:7.1f} MB {best:7.2f} s {b/1e6/best:6.1f} MB/s {n/best:8.0f} sent/s"
      f"  (median of {len(secs)}: {b/1e6/med:5.1f} MB/s)  peak {kb/1024:7.1f} MB")
PY
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for corpus in "$shared/corpora/wikinews_politics_conflicts_2004_2009/articles.jsonl" \
              "$shared/corpora/gmb_voa_ner_sentences/sentences.jsonl"; do
    if [ ! -f "$corpus" ]; then
        echo "skipped: $corpus not found"
        continue
    fi
    size="$(measure "$corpus")"
    name="$(basename "$(dirname "$corpus")")"
    RUNS="${RUNS_REAL:-5}"
    run "extract -j 1 $name" "$corpus" "$size" "$bin" extract -j 1 "$corpus"
    run "extract -j $cores $name" "$corpus" "$size" "$bin" extract -j "$cores" "$corpus"
    if "$bin" build --help >/dev/null 2>&1; then
        run "build -j $cores $name" "$corpus" "$size" "$bin" build -j "$cores" "$corpus" -o "$dir/graph.json"
    fi
done

synth="$dir/synth-${synth_mb}mb.jsonl"
if [ ! -f "$synth" ]; then
    echo "writing $synth ..."
    ./target/release/examples/synth "$synth_mb" > "$synth.tmp" && mv "$synth.tmp" "$synth"
fi
size="$(measure "$synth")"
RUNS=1
run "extract -j 1 synthetic ${synth_mb} MB" "$synth" "$size" "$bin" extract -j 1 "$synth"
run "extract -j $cores synthetic ${synth_mb} MB" "$synth" "$size" "$bin" extract -j "$cores" "$synth"
# `build` keeps every supporting sentence as evidence, and the synthetic corpus is far denser in
# relations than news (every sentence holds one, nearly every triple is an edge of its own): its
# graph file is about 5 times the size of the text, and the builder holds it in memory (about 8
# times the size of the text: see README, Benchmarks). BUILD_MB=0 skips it; BUILD_MB=50 builds the first
# 50 MB only.
build_mb="${BUILD_MB:-$synth_mb}"
if [ "$build_mb" != 0 ]; then
    slice="$synth"
    if [ "$build_mb" != "$synth_mb" ]; then
        slice="$dir/synth-${build_mb}mb-slice.jsonl"
        head -c "${build_mb}000000" "$synth" | head -n -1 > "$slice"
    fi
    size="$(measure "$slice")"
    run "build -j $cores synthetic ${build_mb} MB" "$slice" "$size" "$bin" build -j "$cores" "$slice" -o "$dir/synth-graph.json"
fi
