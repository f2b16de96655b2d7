#!/usr/bin/env bash
# How ingest time grows with one article's length, with and without SHACL validation: one generated article
# per size (bench/generate-article.sh: news paragraphs written for the benchmarks, about several countries,
# repeated with a counter), each ingested into a fresh store. Prints size, characters, wall-clock seconds with validation and with
# --no-validate. The difference is the validation's cost; docs/reliability.md keeps the figures.
#
#   bench/validation-cost.sh              # 25, 50 and 100 KB
#   bench/validation-cost.sh 10 200       # other sizes, in KB
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(25 50 100)

for kb in "${sizes[@]}"; do
  file="$work/article-${kb}kb.txt"
  "$home/bench/generate-article.sh" "$kb" "$file"
  chars=$(wc -m < "$file")
  t0=$(date +%s.%N)
  "$home/kg" ingest -q --no-progress --store "$work/v-$kb" "$file" > /dev/null
  t1=$(date +%s.%N)
  "$home/kg" ingest -q --no-progress --no-validate --store "$work/n-$kb" "$file" > /dev/null
  t2=$(date +%s.%N)
  awk -v kb="$kb" -v c="$chars" -v a="$t0" -v b="$t1" -v d="$t2" \
    'BEGIN { printf "%4d KB  %7d chars  validated %6.1f s  --no-validate %6.1f s  validation %6.1f s\n", kb, c, b - a, d - b, (b - a) - (d - b) }'
done
