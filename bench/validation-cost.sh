#!/usr/bin/env bash
# How ingest time grows with one article's length, with and without SHACL validation: one generated article
# per size (news paragraphs written for this benchmark, about several countries, repeated with a counter), each
# ingested into a fresh store. Prints size, characters, wall-clock seconds with validation and with
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

paragraphs=(
  "NAIROBI - Kenyan President Amina Odhiambo met Tanzanian Foreign Minister Juma Mwinyi in Nairobi on Monday to discuss a new rail link, the presidency said."
  "The two leaders agreed to hold further talks in Dar es Salaam next month, according to a joint statement released after the meeting."
  "\"We will build this line together,\" Odhiambo told reporters, adding that the project would create thousands of jobs in both countries."
  "LIMA - Peruvian Prime Minister Carlos Huamán said on Tuesday that his government would sign a trade agreement with Chile before the end of the year."
  "Chilean Foreign Minister Isabel Rojas welcomed the announcement and said talks between the two delegations had been constructive."
  "OSLO - Norwegian Energy Minister Ingrid Solberg visited Jakarta on Wednesday, where she met Indonesian officials to discuss a ferry partnership."
)

for kb in "${sizes[@]}"; do
  file="$work/article-${kb}kb.txt"
  printf 'Regional talks, day by day\n\n' > "$file"
  i=0
  while [ "$(wc -c < "$file")" -lt $((kb * 1024)) ]; do
    printf 'Day %d. %s\n\n' "$((i / ${#paragraphs[@]} + 1))" "${paragraphs[$((i % ${#paragraphs[@]}))]}" >> "$file"
    i=$((i + 1))
  done
  chars=$(wc -m < "$file")
  t0=$(date +%s.%N)
  "$home/kg" ingest -q --no-progress --store "$work/v-$kb" "$file" > /dev/null
  t1=$(date +%s.%N)
  "$home/kg" ingest -q --no-progress --no-validate --store "$work/n-$kb" "$file" > /dev/null
  t2=$(date +%s.%N)
  awk -v kb="$kb" -v c="$chars" -v a="$t0" -v b="$t1" -v d="$t2" \
    'BEGIN { printf "%4d KB  %7d chars  validated %6.1f s  --no-validate %6.1f s  validation %6.1f s\n", kb, c, b - a, d - b, (b - a) - (d - b) }'
done
