#!/usr/bin/env bash
# Writes one generated news article of at least KB kilobytes to FILE: news paragraphs written for the benchmarks,
# about several countries, repeated with a day counter. With "oneline" the paragraphs are joined by spaces into
# one line (a transcript without line breaks: the sentence detector sees the whole text at once).
#
#   bench/generate-article.sh 100 /tmp/a.txt
#   bench/generate-article.sh 5000 /tmp/b.txt oneline
set -euo pipefail

kb="$1"
file="$2"
layout="${3:-paragraphs}"
paragraphs=(
  "NAIROBI - Kenyan President Amina Odhiambo met Tanzanian Foreign Minister Juma Mwinyi in Nairobi on Monday to discuss a new rail link, the presidency said."
  "The two leaders agreed to hold further talks in Dar es Salaam next month, according to a joint statement released after the meeting."
  "\"We will build this line together,\" Odhiambo told reporters, adding that the project would create thousands of jobs in both countries."
  "LIMA - Peruvian Prime Minister Carlos Huamán said on Tuesday that his government would sign a trade agreement with Chile before the end of the year."
  "Chilean Foreign Minister Isabel Rojas welcomed the announcement and said talks between the two delegations had been constructive."
  "OSLO - Norwegian Energy Minister Ingrid Solberg visited Jakarta on Wednesday, where she met Indonesian officials to discuss a ferry partnership."
)
separator='\n\n'
[ "$layout" = oneline ] && separator=' '
# The paragraphs average about 150 bytes; awk writes them fast enough for several megabytes.
awk -v kb="$kb" -v sep="$separator" -v n="${#paragraphs[@]}" '
  BEGIN { getline; while ((getline line) > 0) p[i++] = line }
  END {
    gsub(/\\n/, "\n", sep)
    printf "Regional talks, day by day\n\n"
    for (i = 0; total < kb * 1024; i++) {
      s = sprintf("Day %d. %s%s", int(i / n) + 1, p[i % n], sep)
      printf "%s", s
      total += length(s)
    }
  }' < <(printf 'header\n'; printf '%s\n' "${paragraphs[@]}") > "$file"
