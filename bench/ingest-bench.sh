#!/usr/bin/env bash
# Ingest throughput benchmark: copies the bundled articles N times (each copy is a distinct article, so
# a distinct graph), ingests them into a fresh store and reports articles/s, words/s, tokens/s and triples/s.
# Tokens are the NLP annotator's (counted outside the timing, see src/test/java/org/newskg/bench/TokenCount.java).
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
# The copies of an article differ only in the number of their last line: count the first copies, once.
tokens=$(( copies * $("$home/bench/java-bench.sh" TokenCount "$work"/in/*-1.txt | tail -n 1) ))
start=$(date +%s.%N)
# CPU seconds too: on a machine shared with other jobs they vary less than wall time.
/usr/bin/time -f '%U %S %M' -o "$work/cpu" "$home/kg" ingest --no-progress -q "${threads[@]}" --store "$work/store" "$work/in"
end=$(date +%s.%N)
read -r user sys rss < "$work/cpu"
triples=$("$home/kg" query --store "$work/store" --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -n 1 | tr -d '\r')
awk -v th="${THREADS:-default}" -v n="$n" -v w="$words" -v k="$tokens" -v t="$triples" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v m="$rss" 'BEGIN {
  d = e - s
  printf "threads: %s\n", th
  printf "articles: %d  words: %d  tokens: %d  triples: %d  time: %.1f s (one JVM, including model loading)\n", n, w, k, t, d
  printf "throughput: %.1f articles/s  %.0f words/s  %.0f tokens/s  %.0f triples/s\n", n / d, w / d, k / d, t / d
  printf "cpu: %.1f s user + %.1f s system = %.0f tokens per CPU second; peak RSS %.0f MB\n", u, y, k / (u + y), m / 1024
}'
