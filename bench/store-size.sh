#!/usr/bin/env bash
# How the store grows when the same articles are ingested again and again, and what `kg compact` gives back:
# ingests a folder TIMES times into one fresh store (each run replaces every article graph), printing the disk
# space used (du -sk: TDB2's files are sparse, their lengths say nothing) after each run, then compacts it.
# A second fresh store ingested once is the yardstick. docs/reliability.md keeps the figures.
#
#   bench/store-size.sh                      # the bundled and test articles, 10 times
#   bench/store-size.sh 5 path/to/folder     # other count and folder
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
times="${1:-10}"
if [ $# -ge 2 ]; then
  input="$2"
else
  input="$work/in"
  mkdir -p "$input"
  cp "$home"/data/articles/*.txt "$home"/src/test/resources/articles/*.txt "$home"/src/test/resources/org/newskg/extract/fact/*.txt "$input"/
fi

"$home/kg" --version > /dev/null   # builds the jar first when the sources changed
kb() { du -sk "$1" | cut -f1; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(find "$input" -type f | wc -l) input files"
"$home/kg" ingest -q --no-progress --store "$work/once" "$input" > /dev/null
once=$(kb "$work/once")
printf 'one ingest into a fresh store: %d KB\n' "$once"
for i in $(seq 1 "$times"); do
  "$home/kg" ingest -q --no-progress --store "$work/often" "$input" > /dev/null
  printf 'after ingest %2d: %7d KB (%.2f x one ingest)\n' "$i" "$(kb "$work/often")" "$(awk -v a="$(kb "$work/often")" -v b="$once" 'BEGIN { print a / b }')"
done
"$home/kg" compact --store "$work/often"
after=$(kb "$work/often")
printf 'after kg compact: %d KB (%.2f x one ingest)\n' "$after" "$(awk -v a="$after" -v b="$once" 'BEGIN { print a / b }')"
"$home/kg" compact --store "$work/once" > /dev/null
printf 'the single ingest, compacted: %d KB\n' "$(kb "$work/once")"
