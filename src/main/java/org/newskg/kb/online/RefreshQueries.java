package org.newskg.kb.online;

/** The SPARQL text {@code kg kb refresh} sends: one page of one class, with everything a KB row needs. */
final class RefreshQueries {

    static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;

    private RefreshQueries() {
    }

    /**
     * One row per entity of the page: English label, aliases and demonyms (tab-separated), countries
     * (space-separated IRIs: P17 for places and organizations, P27 for people). The label is optional
     * so that every entity of the inner page gives a row, and a short page means the last one.
     */
    static String page(RefreshClass c, int limit, long offset) {
        return PREFIXES + """
                SELECT ?item (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?a; separator="\\t") AS ?aliases)
                       (GROUP_CONCAT(DISTINCT STR(?c); separator=" ") AS ?countries)
                       (GROUP_CONCAT(DISTINCT ?d; separator="\\t") AS ?demonyms)
                WHERE {
                  { SELECT DISTINCT ?item WHERE { %s } ORDER BY ?item LIMIT %d OFFSET %d }
                  OPTIONAL { ?item rdfs:label ?l . FILTER(LANG(?l) = "en") }
                  OPTIONAL { ?item skos:altLabel ?a . FILTER(LANG(?a) = "en") }
                  OPTIONAL { ?item wdt:P17|wdt:P27 ?c }
                  OPTIONAL { ?item wdt:P1549 ?d . FILTER(LANG(?d) = "en") }
                }
                GROUP BY ?item
                ORDER BY ?item
                """.formatted(c.pattern(), limit, offset);
    }
}
