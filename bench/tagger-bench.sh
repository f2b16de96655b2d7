#!/usr/bin/env bash
# Temporal tagger throughput alone (no tokenizing or tagging in the timing): the bundled plain-text articles
# and the TimeML development stories, annotated once, tagged ROUNDS times after a warm-up, in one thread.
# Target: 100,000 tokens/s or more, so that the tagger does not slow ingest down.
# Usage: bench/tagger-bench.sh [ROUNDS]   (default 200)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # builds the jar when needed
(cd "$home" && mvn -B -o -q test-compile >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
java -cp "$home/target/test-classes:$jar" org.newskg.bench.TaggerBenchmark "$home" "${1:-200}"
