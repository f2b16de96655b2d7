#!/usr/bin/env bash
# End-to-end benchmark on a corpus given on the command line (e.g. one of bench/generate-corpus.sh): for each mode,
# one `kg ingest` JVM (model and knowledge base loading included) into a fresh store, then one line of figures:
#   ingest-1, ingest-N   kg ingest --threads 1 / --threads N (N = nproc): articles/s, tokens/s, triples/s into TDB2
#   bulk-1, bulk-N       kg ingest --bulk --threads 1 / N: extraction alone (to N-Quads, no store: the "Extracted"
#                        time kg prints), then the TDB2 bulk loader's triples/s, and the whole run
# Peak heap: the largest heap occupancy before a collection in the JVM's GC log (-Xlog:gc, the "USED->" figure of
# each pause), i.e. the most the heap held, garbage included (it grows towards -Xmx: run with HEAP=1g to see whether
# 1 GiB is enough); "live" is the largest occupancy after a collection. Peak RSS and CPU seconds from /usr/bin/time.
# Tokens: the NLP annotator's count, from CORPUS.tokens (written by generate-corpus.sh) or counted first (slow).
# Usage: [MODES="ingest-1 ingest-N bulk-1 bulk-N"] [LOADER=phased] [HEAP=2g] bench/corpus-bench.sh CORPUS_DIR
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "$1" && pwd)"
modes="${MODES:-ingest-1 ingest-N bulk-1 bulk-N}"
n="$(nproc)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$home/kg" --version >/dev/null   # build outside the timing
articles=$(find "$corpus" -type f -name '*.txt' | wc -l)
words=$(find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat | wc -w)
if [ -s "$corpus.tokens" ]; then
  tokens=$(cat "$corpus.tokens")
else
  jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
  (cd "$home" && mvn -B -q test-compile >/dev/null)
  tokens=$(find "$corpus" -name '*.txt' | sort | xargs java -cp "$home/target/test-classes:$jar" org.newskg.bench.TokenCount "$home" \
    | awk '{ s += $1 } END { print s }')
fi
echo "corpus: $corpus  articles: $articles  words: $words  tokens: $tokens  cores: $n  $(date -u +%FT%TZ)"
for mode in $modes; do
  threads="${mode#*-}"
  [ "$threads" = N ] && threads="$n"
  bulk=()
  case "$mode" in bulk-*) bulk=(--bulk --bulk-loader "${LOADER:-phased}") ;; esac
  rm -rf "$work/store"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s.%N)
  set +e
  KG_JAVA_OPTS="-Xmx${HEAP:-2g} -Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%U %S %M' -o "$work/cpu" \
    "$home/kg" ingest --no-progress --threads "$threads" "${bulk[@]}" --store "$work/store" "$corpus" > "$work/out" 2> "$work/err"
  rc=$?
  set -e
  end=$(date +%s.%N)
  if [ "$rc" -gt 1 ]; then
    echo "$mode: kg ingest failed (exit $rc):"; tail -n 20 "$work/err"; continue
  fi
  read -r user sys rss < "$work/cpu"
  # "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 612M->140M(1024M) 8.123ms"
  heap=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | cut -d M -f1 | sort -n | tail -n 1)
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -n 1)
  triples=$(grep -o 'Store: [0-9,]* article graphs*, [0-9,]* triples' "$work/out" | sed 's/.*, //; s/ triples//; s/,//g')
  stored=$(grep -o 'Store: [0-9,]* article' "$work/out" | sed 's/Store: //; s/ article//; s/,//g')
  extracted=$(grep -o 'Extracted [0-9]* articles\? in [0-9.]* s' "$work/out" | sed 's/.* in //; s/ s//' || true)
  loaded=$(grep -o 'in [0-9.]* s: [0-9,]* triples/s' "$work/out" | sed 's/in //; s/ s:.*//' || true)
  awk -v mode="$mode" -v th="$threads" -v a="$articles" -v st="$stored" -v k="$tokens" -v t="$triples" -v s="$start" \
      -v e="$end" -v u="$user" -v y="$sys" -v m="$rss" -v h="${heap:-0}" -v lv="${live:-0}" -v x="$extracted" -v l="$loaded" -v la="$load" \
      -v problems="$(grep -c ': ' "$work/err" || true)" 'BEGIN {
    d = e - s
    printf "%s (--threads %d): %.1f s, %.2f articles/s, %.0f tokens/s, %.0f triples/s end to end; %d articles stored, %d triples; ",
      mode, th, d, a / d, k / d, t / d, st, t
    if (x != "") printf "extraction alone %.1f s = %.0f tokens/s; bulk load %.1f s = %.0f triples/s; ", x, k / x, l, t / l
    printf "CPU %.1f s (%.0f tokens per CPU s); peak heap %d MB (live %d MB); peak RSS %.0f MB; load average at start %s; problem lines %d\n",
      u + y, k / (u + y), h, lv, m / 1024, la, problems
  }'
done
