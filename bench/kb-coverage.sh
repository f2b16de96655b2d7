#!/usr/bin/env bash
# Re-checks data/kb/curated/coverage-1990-2020.tsv against the KB in DATA_DIR (default: this repo's data): each
# row's name is looked up on its checked_on day, one JVM for the whole list. Prints the row's country, office,
# name and day with the QID linked now ("-": none) and the offices of the linked entry that day, then counts per
# office (on stderr).
#   bench/kb-coverage.sh [--office 'foreign minister'|'head of state'|'head of government'] [DATA_DIR]
# A head-of-state or head-of-government row counts as linked when the linked entry holds an office of the row's
# country that day; a foreign-minister row only when that office is a foreign ministry of the row's country
# (kind FOREIGN_MINISTER in data/kb/position-kinds.tsv), so a premier found under a foreign minister's name does not
# count.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
office=""
if [ "${1:-}" = "--office" ]; then
  office="$2"
  shift 2
fi
data="${1:-$home/data}"
jar="$(ls -t "$home"/target/newskg-*-all.jar 2>/dev/null | head -n 1 || true)"
[ -n "$jar" ] || (cd "$home" && mvn -B -q -DskipTests package >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
grep -v '^#' "$home/data/kb/curated/coverage-1990-2020.tsv" | tail -n +2 | cut -f1-7 \
  | awk -F'\t' -v office="$office" 'office == "" || $3 == office' \
  | java -cp "$jar" "$home/bench/KbLookupBatch.java" "$data" 3 6 \
  | awk -F'\t' '{ want = ($3 == "foreign minister") ? " of " $1 " [FOREIGN_MINISTER]" : " of " $1 " [";
                  ok = ($8 != "-" && index($13, want) > 0); n[$3]++; if (ok) k[$3]++; total++; if (ok) good++;
                  print $2 "\t" $3 "\t" $4 "\t" $7 "\t" $8 "\t" $13 }
                END { for (o in n) printf "%s: %d of %d linked with that office on that day\n", o, k[o], n[o] > "/dev/stderr";
                      printf "all: %d of %d\n", good, total > "/dev/stderr" }'
