#!/usr/bin/env bash
# Start-up of 'kg query' on an existing store, through the launcher, with and without its class data sharing
# archive (KG_NO_CDS=1): wall seconds of a COUNT query on a store of the bundled articles, ROUNDS times each
# (default 5), alternated. Usage: bench/query-startup.sh [ROUNDS]
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
store="$(mktemp -d)/kg-store"
trap 'rm -rf "$(dirname "$store")"' EXIT
"$home/kg" ingest -q --no-progress --store "$store" "$home/data/articles"
query='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
"$home/kg" query --store "$store" -e "$query" >/dev/null   # writes the archive once per build, if missing
for i in $(seq "$rounds"); do
  for mode in cds no-cds; do
    start=$(date +%s.%N)
    if [ "$mode" = cds ]; then
      "$home/kg" query --store "$store" -e "$query" >/dev/null
    else
      KG_NO_CDS=1 "$home/kg" query --store "$store" -e "$query" >/dev/null
    fi
    end=$(date +%s.%N)
    awk -v m="$mode" -v s="$start" -v e="$end" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { printf "%s\t%.2f s\tload %s\n", m, e - s, l }'
  done
done
