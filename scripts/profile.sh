#!/usr/bin/env bash
# Where `actorgraph extract -j 1` spends its instructions, stage by stage, counted by valgrind's
# callgrind. Instruction counts are repeatable whatever else the machine is doing, so they
# compare two versions of the code where wall-clock times on a busy machine cannot.
#
# Usage: scripts/profile.sh [CORPUS.jsonl [MB]]
#   default corpus: the Wikinews corpus of ../shared when present, else data/articles/articles.jsonl;
#   MB (default 1.5): only the first MB megabytes of the corpus are profiled (whole lines).
# Needs valgrind (Debian package `valgrind`).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ACTORGRAPH_SHARED:-../shared}"
corpus="${1:-$shared/corpora/wikinews_politics_conflicts_2004_2009/articles.jsonl}"
[ -f "$corpus" ] || corpus=data/articles/articles.jsonl
mb="${2:-1.5}"
if ! command -v valgrind >/dev/null; then
    echo "profile: skipped: valgrind not found (apt-get install valgrind)"
    exit 0
fi
cargo build --release --quiet --bin actorgraph
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$corpus" "$mb" "$dir/slice.jsonl" <<'PY'
import sys
src, mb, dst = sys.argv[1], float(sys.argv[2]), sys.argv[3]
limit, n = int(mb * 1e6), 0
with open(src, "rb") as f, open(dst, "wb") as out:
    for line in f:
        if n + len(line) > limit and n > 0:
            break
        out.write(line)
        n += len(line)
PY
valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" \
    ./target/release/actorgraph extract -j 1 "$dir/slice.jsonl" > /dev/null 2> "$dir/err"
echo "corpus: $corpus (first $(wc -c < "$dir/slice.jsonl") bytes)"
# Inclusive instruction counts of the stages (a function inlined into another counts there).
callgrind_annotate --inclusive=yes "$dir/cg.out" 2>/dev/null | python3 -c '
import re, sys
stages = [
    ("total", "PROGRAM TOTALS"),
    ("start-up: dictionaries", "actorgraph::cmd::DictArgs::load"),
    ("start-up: recogniser and grammar", "actorgraph::extract::Extractor::from_parts"),
    ("extraction (all stages)", "actorgraph::extract::Extractor::extract"),
    ("  sentences and tokens", "actorgraph::text::sentences::sentences"),
    ("    tokenising (also at start-up)", "actorgraph::text::tokens::tokenize"),
    ("  actor recognition", "actorgraph::actors::recognize::Recognizer::recognize_article"),
    ("    of which discovery", "actorgraph::actors::discover::<impl actorgraph::actors::recognize::Recognizer>::discover"),
    ("    of which co-reference", "actorgraph::actors::coref::<impl actorgraph::actors::recognize::Recognizer>::resolve"),
    ("  relations (grammar)", "actorgraph::relations::grammar::Grammar::find"),
    ("JSON parsing", "actorgraph::input::sources::Raw::parse"),
]
best = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(", line)
    if not m:
        continue
    n = int(m.group(1).replace(",", ""))
    for name, sym in stages:
        if line.rstrip().endswith(sym) or (sym + " ") in line or line.rstrip().endswith(sym + " (inlined)"):
            best[name] = max(best.get(name, 0), n)
total = best.get("total", 1)
for name, _ in stages:
    if name in best:
        print(f"{name:36s} {best[name]/1e6:10.1f} M instructions {100*best[name]/total:6.1f}%")
'
