#!/usr/bin/env bash
# Runs one benchmark class of src/test/java/org/newskg/bench with the runnable jar and the test classes,
# building both first (outside any timing). Usage: bench/java-bench.sh CLASS [ARGS...]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
"$home/kg" --version >/dev/null   # builds the jar when needed
(cd "$home" && mvn -B -q test-compile >/dev/null)
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
class="$1"
shift
java -cp "$home/target/test-classes:$jar" "org.newskg.bench.$class" "$home" "$@"
