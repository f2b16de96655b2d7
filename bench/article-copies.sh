#!/usr/bin/env bash
# Writes COPIES copies of each bundled plain-text article into DIR, each a distinct article (so a distinct
# graph): a different last line makes a different content id; the text is otherwise the real article.
# Prints the number of files written. Usage: bench/article-copies.sh DIR COPIES
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"
copies="$2"
mkdir -p "$dir"
n=0
for f in "$home"/data/articles/*.txt; do
  for i in $(seq 1 "$copies"); do
    { cat "$f"; printf '\n\n(Benchmark copy %d.)\n' "$i"; } > "$dir/$(basename "$f" .txt)-$i.txt"
    n=$((n + 1))
  done
done
echo "$n"
