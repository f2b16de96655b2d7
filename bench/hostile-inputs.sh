#!/usr/bin/env bash
# Tries newskg as a hostile user would and prints one line per input: what came out (exit code, message, what the
# store or the export holds). The figures in docs/reliability.md come from this script.
#
#   bench/hostile-inputs.sh                        # the current build (./kg)
#   KG_JAR=other/newskg-all.jar KG_HOME=other bench/hostile-inputs.sh   # another build and its data/, e.g. before/after
#
# Needs python3 (to check that RDF/XML is well-formed XML) and script(1) (for a terminal). Takes a few minutes:
# each ingest loads the models.
set -uo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One launcher for every call (and for script(1), which runs a new shell).
if [ -n "${KG_JAR:-}" ]; then
  printf '#!/usr/bin/env bash\nexec java -Xmx2g -Dnewskg.home=%q -jar %q "$@"\n' "${KG_HOME:-$home}" "$(cd "$(dirname "$KG_JAR")" && pwd)/$(basename "$KG_JAR")" > "$work/kgw"
else
  printf '#!/usr/bin/env bash\nexec %q "$@"\n' "$home/kg" > "$work/kgw"
fi
chmod +x "$work/kgw"
kg() { "$work/kgw" "$@"; }
cd "$work" || exit 3

row() { printf '%-44s %s\n' "$1" "$2"; }

# 1. Control characters, quotes, brackets, emoji, right-to-left text; hyphenated names with accented capitals.
mkdir in
printf 'Esc\033[31m talks in Dakar\a\n\nDAKAR - President Jean-Pierre N'"'"'Dour-\xc3\x89lys\xc3\xa9e met Minister Ana Ortiz-\xc3\x81vila in Dakar. Senator Marie-\xc3\x88ve Dubois-\xc3\x89cuyer and Omar Ben-\xe1\xba\x92aki arrived later. "We agree," said Lars \xc3\x98stergaard-\xc3\x98rsted, the Danish envoy. Paul Durand-\xc3\x89douard, a spokesman, declined to comment.\v Kofi\a Mensah [left] said <the deal> was {done} \xf0\x9f\x98\x80.\xc2\x85\x7f\n' > in/dakar.txt
kg ingest -q --no-progress --store s in > ingest.out 2>&1
row "ingest, control characters and names" "exit $?"
kg query --store s --format csv -e 'SELECT DISTINCT ?l WHERE { ?m <https://w3id.org/newskg/ontology#refersTo> ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l' -o labels.csv 2>/dev/null
row "person labels" "$(grep -c . labels.csv | awk '{print $1-1}') labels: $(tail -n +2 labels.csv | tr -d '\r' | paste -sd '|')"
row "labels ending in a hyphen" "$(grep -c -- '-$' labels.csv)"
row "labels holding a control character" "$(LC_ALL=C grep -c "$(printf '[\001-\010\013\014\016-\037\177]')" labels.csv)"
for f in turtle trig ntriples nquads jsonld rdfxml; do
  kg export --store s --format "$f" -o "out.$f" > /dev/null 2> "export.$f.err"
  code=$?
  wf=""
  if [ "$f" = rdfxml ] && [ -f out.rdfxml ]; then
    wf=$(python3 -c 'import sys, xml.dom.minidom as m
try:
    m.parse(sys.argv[1]); print("well-formed XML")
except Exception as e:
    print("NOT well-formed:", e)' out.rdfxml)
  fi
  row "export --format $f" "exit $code $wf $(head -c 120 "export.$f.err")"
done

# 2. JSON Lines: a repeated url, wrong JSON types.
cat > feed.jsonl <<'EOF'
{"url":"https://news.example.org/a","title":"Quito talks","text":"QUITO - Ecuadorian officials met on Monday."}
{"url":"https://news.example.org/b","title":"Lima port","text":"LIMA - The port authority said on Tuesday it would expand."}
{"url":"https://news.example.org/a/","title":"Quito talks again","text":"QUITO - Ecuadorian officials met again on Monday."}
{"url":"https://news.example.org/c","title":2024,"text":"BOGOTA - Colombian senators met on Wednesday."}
{"url":"https://news.example.org/d","title":"Caracas","source":true,"text":"CARACAS - Officials met on Thursday."}
EOF
kg ingest --no-progress --no-validate --store j feed.jsonl > jsonl.out 2> jsonl.err
code=$?
row "jsonl: duplicate url + 2 wrong types" "exit $code; $(head -n 1 jsonl.out)"
row "  messages" "$(paste -sd '|' jsonl.err | cut -c1-400)"
kg stats --store j 2>/dev/null | head -n 1 | sed 's/^/  store: /'

# 3. Command-line truthfulness.
for args in "ingest --store x --max-size -5 in" "serve --store s --port 70000" "export --store s --format bad" \
            "query --store s --format bad -e ASK{}"; do
  # shellcheck disable=SC2086
  kg $args > /dev/null 2> err.txt
  code=$?
  row "kg $args" "exit $code, stack trace lines: $(grep -c $'^\tat ' err.txt)"
done
kg query --store s -e 'INSERT DATA { <http://x/a> <http://x/p> 1 }' > /dev/null 2> err.txt
row "kg query -e 'INSERT DATA ...'" "exit $?: $(head -c 100 err.txt)"
kg ingest --store created-by-ingest /nonexistent > /dev/null 2>&1
row "kg ingest /nonexistent" "exit $?, store created: $([ -e created-by-ingest ] && echo yes || echo no)"
mkdir empty
kg query --store empty -e 'ASK {}' > /dev/null 2>&1
row "kg query on an empty directory" "exit $?, files written there: $(ls empty | wc -l)"
kg query --store s --format csv -e 'SELECT (COUNT(*) AS ?n) { ?a <http://www.w3.org/ns/prov#startedAtTime> ?t }' -o rl.csv 2>/dev/null
row "run-log triples in the query default graph" "$(tail -n 1 rl.csv | tr -d '\r')"
kg explain --store s "Nobody Atall" > /dev/null 2>&1
row "kg explain 'Nobody Atall' (no such label)" "exit $?"
(umask 022; kg export --store s -o mode.ttl > /dev/null 2>&1)
row "export mode under umask 022" "$(stat -c %a mode.ttl 2>/dev/null)"
printf 'Bolivian officials met in La Paz on Monday to discuss the new road.\n' | iconv -f UTF-8 -t UTF-16LE > utf16.txt
kg ingest --no-progress --store u utf16.txt > /dev/null 2> err.txt
row "UTF-16LE without BOM" "$(head -c 100 err.txt)"
mkdir -p 'lc-été' && cp in/dakar.txt 'lc-été/réunion.txt'
LC_ALL=C kg ingest -q --no-progress --no-validate --store lc 'lc-été/réunion.txt' > /dev/null 2> err.txt
row "LC_ALL=C, non-ASCII path named" "exit $? $(head -c 100 err.txt)"

# 4. A store in use: how long until the second process is refused.
kg serve --store s --port 0 > serve.out 2>&1 &
serve_pid=$!
for _ in $(seq 1 60); do grep -q "http://" serve.out 2>/dev/null && break; sleep 1; done
start=$(date +%s.%N)
kg ingest --no-progress --store s in > /dev/null 2> err.txt
code=$?
end=$(date +%s.%N)
row "second process on a store in use" "exit $code after $(awk "BEGIN { printf \"%.1f\", $end - $start }") s: $(grep -o 'store in use by PID [0-9]*\|cannot open[^(]*' err.txt | head -n 1)"
kill "$serve_pid" 2>/dev/null
wait "$serve_pid" 2>/dev/null

# 5. Input conventions.
mkdir folder
printf 'Title: Mongolian herders sign grazing pact\nPublished: 2025-04-14\nSource: Steppe News Agency\nURL: https://news.example.org/mongolia\nBy: Oyun Batbayar\n\nULAANBAATAR - Mongolian herders signed a grazing pact on Monday.\n' > folder/kv.txt
printf 'district,turnout\nHarju,61.2\n' > folder/turnout.csv
printf 'party\tseats\nReform\t37\n' > folder/seats.tsv
kg ingest --no-progress --no-validate --store kv folder > kv.out 2> kv.err
row "folder with a key-value text, .csv, .tsv" "exit $?; $(paste -sd '|' kv.err | cut -c1-160)"
kg query --store kv --format csv -e 'PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?t ?s WHERE { ?a nkg:headline ?t . OPTIONAL { ?a nkg:source ?s } }' -o kv.csv 2>/dev/null
row "  headline, source" "$(tail -n +2 kv.csv | tr -d '\r' | paste -sd '|')"

# 6. Progress bar and summary on a terminal: the last thing printed must be the summary.
mkdir tty
cp "$home"/data/articles/*.txt tty/ 2>/dev/null
script -qc "$work/kgw ingest --no-validate --store t tty" /dev/null > tty.log 2>&1
row "terminal: last line printed" "$(tr '\r' '\n' < tty.log | grep -v '^\s*$' | tail -n 1 | cut -c1-60)"
row "terminal: progress bar after the summary" "$(tr '\r' '\n' < tty.log | sed -n '/^Ingested/,$p' | grep -c 'ingest .*%')"
