#!/usr/bin/env bash
# Entity recognition throughput: repeats the hand-annotated gold articles (src/test/resources/eval) COPIES
# times as separate documents and runs `kg eval ner` on them; its last line is the throughput of POS
# tagging plus recognition on the given tokens (model loading excluded, JIT warm-up included).
# Usage: bench/ner-bench.sh [COPIES]   (default 40, about 14,000 tokens)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  cat "$home/src/test/resources/eval/articles.conll"
  printf '\n'
done > "$work/bench.conll"
"$home/kg" --version >/dev/null   # build outside the timing
"$home/kg" eval ner --conll "$work/bench.conll" | tail -n 2
