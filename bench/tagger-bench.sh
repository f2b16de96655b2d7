#!/usr/bin/env bash
# Temporal tagger throughput alone (no tokenizing or tagging in the timing): the bundled plain-text articles
# and the TimeML development stories, annotated once, tagged ROUNDS times after a warm-up, in one thread.
# Target: 100,000 tokens/s or more, so that the tagger does not slow ingest down.
# Usage: bench/tagger-bench.sh [ROUNDS]   (default 200)
set -euo pipefail
exec "$(dirname "$0")/java-bench.sh" TaggerBenchmark "${1:-200}"
