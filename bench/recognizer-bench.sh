#!/usr/bin/env bash
# Entity recognizer throughput alone (no tokenizing or tagging in the timing): the bundled plain-text
# articles, annotated once, recognized ROUNDS times after a warm-up, in one thread, with the default name
# finder model data/models/en-ner.bin and without it; plus the model's load time in a fresh JVM.
# Usage: bench/recognizer-bench.sh [ROUNDS]   (default 200: fewer rounds time the JIT compiler too)
#        BENCH_JAVA_OPTS="-Xmn64m" bench/recognizer-bench.sh   (JVM options, e.g. to keep the young generation small)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # builds the jar when needed
(cd "$home" && mvn -B -o -q test-compile >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
java ${BENCH_JAVA_OPTS:-} -cp "$home/target/test-classes:$jar" org.newskg.bench.RecognizerBenchmark "$home" "${1:-200}"
