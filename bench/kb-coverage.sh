#!/usr/bin/env bash
# Re-checks data/kb/curated/coverage-1990-2020.tsv against the KB in DATA_DIR (default: this repo's data): each
# row's name is looked up on its checked_on day, one JVM for the whole list. Prints the row's country, office,
# name and day with the QID linked now ("-": none) and the offices of the linked entry that day, then a count.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$home/data}"
jar="$(ls -t "$home"/target/newskg-*-all.jar 2>/dev/null | head -n 1 || true)"
[ -n "$jar" ] || (cd "$home" && mvn -B -q -DskipTests package >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
grep -v '^#' "$home/data/kb/curated/coverage-1990-2020.tsv" | tail -n +2 | cut -f1-7 \
  | java -cp "$jar" "$home/bench/KbLookupBatch.java" "$data" 3 6 \
  | awk -F'\t' '{ ok = ($8 != "-" && index($13, " of " $1) > 0); n++; if (ok) k++;
                  print $2 "\t" $3 "\t" $4 "\t" $7 "\t" $8 "\t" $13 }
                END { printf "%d of %d linked to an entry holding an office of that country on that day\n", k, n > "/dev/stderr" }'
