#!/usr/bin/env bash
# Scores actorgraph on the dev gold sets of ../shared/eval (when present) and prints the scores.
# Usage: scripts/eval.sh [extra flags for `actorgraph extract`]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ACTORGRAPH_SHARED:-../shared}"
if [ ! -f "$shared/eval/score.py" ]; then
    echo "eval: skipped: $shared/eval/score.py not found (the dev gold sets live outside the project)"
    exit 0
fi
cargo build --release --quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for gold in "$shared"/eval/gold/*.jsonl; do
    name="$(basename "$gold" .jsonl)"
    flags=()
    if [ "$name" = "petr2-unittest" ]; then
        # The PETRARCH unit tests use fictional actors known only to its own dictionaries.
        flags+=(--petrarch-actors "$shared/anchors/petrarch2/dictionaries/PETR.Validate.actors.txt"
                --petrarch-agents "$shared/anchors/petrarch2/dictionaries/PETR.Validate.agents.txt")
    fi
    ./target/release/actorgraph extract "${flags[@]}" "$@" "$gold" > "$out/$name.jsonl" || true
done
cat "$out"/*.jsonl > "$out/all.system"
python3 "$shared/eval/score.py" --gold "$shared"/eval/gold/*.jsonl --system "$out/all.system" ${EVAL_ERRORS:+--errors "$EVAL_ERRORS"}
