package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.query.QueryRunner;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * What is in a store, in a few lines for people: articles, triples, entities by type, the most
 * mentioned entities. Immutable.
 */
record Summary(long articles, long triples, List<Map<String, String>> byType, List<Map<String, String>> top) {

    private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    // Counts entities under their most specific newskg class (a Country is not counted again as a Place). The entities
    // referred to are made distinct first: joined per mention, a country named in most articles had its types read
    // from every graph holding it once for each of its mentions, which grew with the square of the store.
    private static final String BY_TYPE = PREFIXES + """
            SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
              { SELECT DISTINCT ?e WHERE { ?m nkg:refersTo ?e } }
              ?e a ?c .
              FILTER(STRSTARTS(STR(?c), STR(nkg:)))
              FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf ?c . FILTER(?sub != ?c) }
              BIND(STRAFTER(STR(?c), STR(nkg:)) AS ?type)
            } GROUP BY ?type ORDER BY DESC(?n) ?type
            """;

    // Mentions are counted per entity before its labels are read, for the same reason; the sum over an entity's
    // (label, QID) rows is the number of its mentions times its QIDs, what counting the joined rows gave.
    private static final String TOP = PREFIXES + """
            SELECT ?label (SUM(?k) AS ?n) (SAMPLE(?q) AS ?qid) WHERE {
              { SELECT ?e (COUNT(?m) AS ?k) WHERE { ?m nkg:refersTo ?e } GROUP BY ?e }
              ?e rdfs:label ?label .
              OPTIONAL { ?e nkg:wikidataId ?q }
            } GROUP BY ?e ?label ORDER BY DESC(?n) ?label LIMIT 12
            """;

    static Summary of(KgStore kg) {
        QueryRunner q = new QueryRunner(kg);
        long articles = kg.articleGraphs().size();
        return new Summary(articles, kg.tripleCount(), q.select(BY_TYPE), q.select(TOP));
    }

    /** The ingest summary; {@code duplicates} of the {@code failed} inputs were articles skipped as duplicates. */
    void print(PrintWriter out, int ingested, int failed, int duplicates, long nanos) {
        String dup = duplicates == 0 ? "" : ", " + duplicates + " of them duplicate" + (duplicates == 1 ? "" : "s") + " skipped";
        out.printf(Locale.ROOT, "Ingested %d article%s%s in %.1f s%n", ingested, ingested == 1 ? "" : "s",
                failed == 0 ? "" : " (" + failed + " problem" + (failed == 1 ? "" : "s") + dup + ", see above)", nanos / 1e9);
        print(out);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Store: %,d article graph%s, %,d triples%n", articles, articles == 1 ? "" : "s", triples);
        StringBuilder types = new StringBuilder();
        for (Map<String, String> row : byType) {
            types.append(types.length() == 0 ? "" : ", ").append(row.get("n")).append(' ').append(row.get("type"));
        }
        out.println("Entities: " + (types.length() == 0 ? "none" : types));
        if (!top.isEmpty()) {
            out.println("Most mentioned:");
            for (Map<String, String> row : top) {
                String qid = row.get("qid");
                out.printf(Locale.ROOT, "  %4s  %s%s%n", row.get("n"), row.get("label"), qid == null || qid.isEmpty() ? "" : " (" + qid + ")");
            }
        }
    }
}
