#!/usr/bin/env bash
# CPU seconds of a Java command, by thread group, from /proc/PID/task/*/stat read every 0.5 s while it runs (the
# last reading of each thread kept, so a thread that ends early still counts). On a shared machine the wall clock
# also counts other jobs; a thread's CPU seconds do not (much). Groups: main (the "java" thread: start-up, reading
# files, the store's writer), builder (article-N, ingest-worker-N: pipeline, RDF, SHACL), C2, C1, GC (G1 threads),
# JFR, other. The command must be (or exec) the JVM, as ./kg does.
# Usage: bench/thread-cpu.sh COMMAND [ARGS...]      e.g. KG_JAVA_OPTS=-Xmx1g bench/thread-cpu.sh ./kg ingest ...
# Prints one line to stderr at the end: load average at start and end, wall s, CPU s by group.
set -uo pipefail
tick=$(getconf CLK_TCK)
samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
load0="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"$@" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for s in /proc/"$pid"/task/*/stat; do
    # "TID (name with spaces) S ...": fields after the closing parenthesis; utime and stime are the 12th and 13th.
    line="$(cat "$s" 2>/dev/null)" || continue
    tid="${line%% *}"; name="${line#*(}"; name="${name%)*}"; rest="${line##*) }"
    set -- $rest
    echo "$tid|$name|$(( ${12} + ${13} ))"
  done >> "$samples"
  sleep 0.5
done
wait "$pid"
rc=$?
end=$(date +%s.%N)
awk -F'|' -v tick="$tick" -v l0="$load0" -v l1="$(cut -d' ' -f1-3 /proc/loadavg)" -v s="$start" -v e="$end" '
  { last[$1] = $3; name[$1] = $2 }
  END {
    for (t in last) {
      n = name[t]; g = "other"
      if (n == "java") g = "main"
      else if (n ~ /^(article-|ingest-worker)/) g = "builder"
      else if (n ~ /^C2 /) g = "C2"
      else if (n ~ /^C1 /) g = "C1"
      else if (n ~ /^G1 |^GC /) g = "GC"
      else if (n ~ /^JFR/) g = "JFR"
      cpu[g] += last[t] / tick; total += last[t] / tick
    }
    printf "thread-cpu: load %s -> %s; wall %.1f s; CPU %.1f s: main %.1f, builder %.1f, C2 %.1f, C1 %.1f, GC %.1f, JFR %.1f, other %.1f\n",
      l0, l1, e - s, total, cpu["main"], cpu["builder"], cpu["C2"], cpu["C1"], cpu["GC"], cpu["JFR"], cpu["other"] > "/dev/stderr"
  }' "$samples"
exit $rc
