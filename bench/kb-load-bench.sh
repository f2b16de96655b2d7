#!/usr/bin/env bash
# Knowledge base load time in a fresh JVM (the budget is 0.5 s). Usage: bench/kb-load-bench.sh [DATA_DIR]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # build the jar outside the timing
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
java -cp "$jar" "$home/bench/KbLoadBench.java" "${1:-$home/data}"
