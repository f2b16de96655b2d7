#!/usr/bin/env bash
# How one article's ingest time and memory grow with its length, 10 KB to 5 MB: one generated article per size
# (bench/generate-article.sh), ingested with validation and --threads 1 into a fresh store, in two layouts:
# paragraphs (a line break after each), and one line (the same text without line breaks). Prints per run the
# size, characters, triples stored, wall-clock seconds and CPU seconds (user + system; JVM start and model loading
# included: compare with the smallest size), CPU seconds per MB beyond the smallest run, and the peak resident
# memory. Linear cost shows as a flat column of CPU s/MB. On a shared machine read the CPU seconds: the wall clock
# counts the other processes' turns too. docs/reliability.md keeps the figures.
#
#   bench/article-size.sh                       # 10, 100, 1000, 5000 KB, both layouts
#   bench/article-size.sh 10 500 2000           # other sizes, in KB
#   LAYOUTS=oneline bench/article-size.sh       # one layout only
#
# Each run has --article-timeout 0 (no budget): the point is to see how long it takes.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000 5000)
read -r -a layouts <<< "${LAYOUTS:-paragraphs oneline}"

"$home/kg" --version > /dev/null   # builds the jar first when the sources changed, outside the timings
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-10s %7s %9s %9s %8s %8s %9s %8s\n' layout KB chars triples seconds "CPU s" "CPU s/MB" "RSS MB"
for layout in "${layouts[@]}"; do
  base_cpu=""
  base_kb=""
  for kb in "${sizes[@]}"; do
    file="$work/$layout-${kb}kb.txt"
    "$home/bench/generate-article.sh" "$kb" "$file" "$layout"
    chars=$(wc -m < "$file")
    store="$work/store-$layout-$kb"
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$work/usage" "$home/kg" ingest --no-progress --threads 1 --article-timeout 0 \
      --store "$store" "$file" > "$work/out" 2> "$work/err" || { echo "ingest failed:"; cat "$work/err"; exit 1; }
    t1=$(date +%s.%N)
    triples=$(sed -n 's/^Store: .*, \([0-9,]*\) triples$/\1/p' "$work/out" | tr -d ,)
    read -r rss user sys < <(tail -n 1 "$work/usage")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    [ -z "$base_cpu" ] && { base_cpu="$cpu"; base_kb="$kb"; }
    awk -v l="$layout" -v kb="$kb" -v c="$chars" -v t="$triples" -v a="$t0" -v b="$t1" -v cpu="$cpu" -v bc="$base_cpu" \
        -v bk="$base_kb" -v r="$rss" \
      'BEGIN { per = kb > bk ? sprintf("%.1f", (cpu - bc) / ((kb - bk) / 1024)) : "-";
               printf "%-10s %7d %9d %9d %8.1f %8.1f %9s %8d\n", l, kb, c, t, b - a, cpu, per, r / 1024 }'
    rm -rf "$store"
  done
done
