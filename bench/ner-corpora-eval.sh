#!/usr/bin/env bash
# Scores entity recognition on the test splits of data/ner with `kg eval ner`, once with the default
# recognizer (shipped model + knowledge base + patterns) and once with the knowledge base and patterns
# alone (--no-model); prints one Markdown row per split and recognizer: P / R / F1 overall and F1 per type.
# Usage: bench/ner-corpora-eval.sh [SPLIT] [EXTRA kg eval ner OPTIONS...]   (SPLIT: test (default) or dev)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
split="${1:-test}"
shift || true
"$home/kg" --version >/dev/null   # builds the jar when needed
row() {  # corpus, label, kg eval ner output
  awk -v c="$1" -v l="$2" '
    $1=="PER"||$1=="ORG"||$1=="LOC"||$1=="MISC" { f[$1]=($5>0 ? $4 : "–") }
    $1=="overall" { p=$2; r=$3; o=$4 }
    END { printf "| %s | %s | %s / %s / **%s** | %s | %s | %s | %s |\n", c, l, p, r, o, f["PER"], f["ORG"], f["LOC"], f["MISC"] }' <<<"$3"
}
echo "| corpus ($split) | recognizer | overall P / R / F1 | PER F1 | ORG F1 | LOC F1 | MISC F1 |"
echo "|---|---|---|---|---|---|---|"
for f in "$home"/data/ner/*/"$split".conll; do
  c="$(basename "$(dirname "$f")")"
  row "$c" "default (model + KB + patterns)" "$("$home/kg" eval ner --conll "$f" "$@")"
  row "$c" "KB + patterns alone" "$("$home/kg" eval ner --conll "$f" --no-model "$@")"
done
