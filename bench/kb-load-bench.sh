#!/usr/bin/env bash
# Knowledge base load time in a fresh JVM and heap (budget: 1 s, 300 MB for 100,000+ entities; run with -Xmx300m). Usage: bench/kb-load-bench.sh [DATA_DIR]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # build the jar outside the timing
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
java ${BENCH_JAVA_OPTS:--Xmx300m} -cp "$jar" "$home/bench/KbLoadBench.java" "${1:-$home/data}"
