#!/usr/bin/env bash
# Spark job benchmark: copies the bundled plain-text articles N times (as ingest-bench.sh does), runs the
# Spark job on them in local[CORES], then kg ingest on the same input, and checks the job's N-Quads equal the
# store's sorted export. No Spark distribution is needed: the runnable jar runs behind Spark 3.5.9's own
# libraries from Maven Central, in the order spark-submit uses (Spark's first).
# Usage: [CORES=N] bench/spark-bench.sh [COPIES]
#   COPIES  copies of each bundled plain-text article (default 10)
#   CORES   Spark's local[N] (default 2)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-10}"
cores="${CORES:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/spark"
n=$("$home/bench/article-copies.sh" "$work/in" "$copies")
words=$(cat "$work"/in/*.txt | wc -w)

# Outside the timing: the jar, and the class path of Spark alone.
"$home/kg" --version >/dev/null
jar="$(ls -t "$home"/target/newskg-*-all.jar | head -n 1)"
cat > "$work/spark/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-only</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>3.5.9</version></dependency></dependencies>
</project>
POM
(cd "$work/spark" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
opens=$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' "$home/pom.xml")

start=$(date +%s.%N)
# shellcheck disable=SC2086  # the flags are words
(cd "$home" && SPARK_LOCAL_IP=127.0.0.1 java -Xmx2g $opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
  -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl \
  -cp "$(cat "$work/spark/cp.txt"):$jar" org.newskg.spark.SparkIngest "$work/in" "$work/out" --data data) 2>"$work/spark.err"
mid=$(date +%s.%N)
"$home/kg" ingest --no-progress -q --store "$work/store" "$work/in"
end=$(date +%s.%N)
quads=$(cat "$work"/out/*.nq | wc -l)
"$home/kg" export --store "$work/store" --format nquads -o "$work/ingest.nq"
if cmp -s <(sort "$work/ingest.nq") <(cat "$work"/out/*.nq | sort); then same=yes; else same=NO; fi
awk -v c="$cores" -v n="$n" -v w="$words" -v q="$quads" -v s="$start" -v m="$mid" -v e="$end" -v same="$same" 'BEGIN {
  d = m - s; k = e - m
  printf "articles: %d  words: %d  quads: %d\n", n, w, q
  printf "spark job, local[%d]: %.1f s (one JVM: Spark start, models loaded once per partition)  %.1f articles/s  %.0f words/s  %.0f quads/s\n", c, d, n / d, w / d, q / d
  printf "kg ingest (default threads): %.1f s  %.1f articles/s  %.0f words/s\n", k, n / k, w / k
  printf "spark output equals the kg ingest export, sorted: %s\n", same
}'
