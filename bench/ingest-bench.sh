#!/usr/bin/env bash
# Ingest throughput benchmark: copies the bundled articles N times (each copy is a distinct article, so
# a distinct graph), ingests them into a fresh store and reports articles/s, tokens/s and triples/s.
# Usage: [THREADS=N] bench/ingest-bench.sh [COPIES]
#   COPIES   copies of each bundled plain-text article (default 50)
#   THREADS  worker threads, passed to kg ingest --threads (default: kg ingest's own default)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-50}"
threads=()
if [ -n "${THREADS:-}" ]; then threads=(--threads "$THREADS"); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=$("$home/bench/article-copies.sh" "$work/in" "$copies")
words=$(cat "$work"/in/*.txt | wc -w)
"$home/kg" --version >/dev/null   # build outside the timing
start=$(date +%s.%N)
"$home/kg" ingest --no-progress -q "${threads[@]}" --store "$work/store" "$work/in"
end=$(date +%s.%N)
triples=$("$home/kg" query --store "$work/store" --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -n 1 | tr -d '\r')
awk -v th="${THREADS:-default}" -v n="$n" -v w="$words" -v t="$triples" -v s="$start" -v e="$end" 'BEGIN {
  d = e - s
  printf "threads: %s\n", th
  printf "articles: %d  words: %d  triples: %d  time: %.1f s (one JVM, including model loading)\n", n, w, t, d
  printf "throughput: %.1f articles/s  %.0f words/s  %.0f triples/s\n", n / d, w / d, t / d
}'
