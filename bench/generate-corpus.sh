#!/usr/bin/env bash
# Writes a synthetic news corpus for the benchmarks: N plain-text articles (200-520 words each, about 350 on average) about office holders
# of the knowledge base in data/, from the templates in bench/corpus-templates.txt (CorpusGenerator). The same N and
# SEED give the same files. Also writes OUT_DIR.tokens: the NLP annotator's token count of the corpus (for tokens/s),
# unless TOKENS=0.
# Usage: bench/generate-corpus.sh OUT_DIR N [SEED]      e.g. bench/generate-corpus.sh /tmp/corpus-1k 1000
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
n="$2"
seed="${3:-42}"
[ -e "$out" ] && { echo "generate-corpus: $out exists; give a new folder" >&2; exit 2; }
"$home/bench/java-bench.sh" CorpusGenerator "$out" "$n" "$seed"
if [ "${TOKENS:-1}" != 0 ]; then
  jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
  find "$out" -name '*.txt' | sort | xargs java -cp "$home/target/test-classes:$jar" org.newskg.bench.TokenCount "$home" \
    | awk '{ s += $1 } END { print s }' > "$out.tokens"   # xargs may start several JVMs on a large corpus
  echo "tokens: $(cat "$out.tokens") (in $out.tokens)"
fi
