#!/usr/bin/env bash
# What the Penn tagger and chunker (event arguments) cost: the whole NLP annotator with every sentence's Penn tags and
# chunks asked for and with none (it computes them on request), and OpenNLP's own POSTaggerME and ChunkerME, on the
# bundled plain-text articles, ROUNDS times after a warm-up, in one thread.
# Usage: bench/chunker-bench.sh [ROUNDS]   (default 30)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # builds the jar when needed
(cd "$home" && mvn -B -q test-compile >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
java -cp "$home/target/test-classes:$jar" org.newskg.bench.ChunkerBenchmark "$home" "${1:-30}"
