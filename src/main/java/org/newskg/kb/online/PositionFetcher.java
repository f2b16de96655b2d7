package org.newskg.kb.online;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.newskg.kb.Position;
import org.newskg.kb.PositionRow;

/**
 * Fetches the offices ({@code p:P39} statements, with {@code pq:P580} start and {@code pq:P582} end) held
 * by knowledge base people, keeping those whose office applies to a jurisdiction ({@code wdt:P1001}) that is
 * itself in the knowledge base.
 *
 * <pre>{@code
 * List<PositionRow> rows = new PositionFetcher(client, 100).fetch(personQids, kbQids);
 * }</pre>
 * Not thread-safe (one fetch at a time).
 */
public final class PositionFetcher {

    static final String EVIDENCE = "kg kb refresh from a Wikidata SPARQL endpoint (P39 position held)";

    private final SparqlClient client;
    private final int batchSize;

    public PositionFetcher(SparqlClient client, int batchSize) {
        this.client = client;
        this.batchSize = Math.max(1, batchSize);
    }

    public List<PositionRow> fetch(List<String> holders, Set<String> known) {
        List<PositionRow> out = new ArrayList<>();
        for (int i = 0; i < holders.size(); i += batchSize) {
            List<String> batch = holders.subList(i, Math.min(holders.size(), i + batchSize));
            for (Map<String, Node> row : client.select(query(batch))) {
                PositionRow r = toRow(row, known);
                if (r != null && !out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    static String query(List<String> holders) {
        String values = holders.stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        return RefreshQueries.PREFIXES + """
                SELECT ?item ?office ?of ?start ?end WHERE {
                  VALUES ?item { %s }
                  ?item p:P39 ?statement .
                  ?statement ps:P39 ?position .
                  ?position rdfs:label ?office . FILTER(LANG(?office) = "en")
                  ?position wdt:P1001 ?of .
                  OPTIONAL { ?statement pq:P580 ?start }
                  OPTIONAL { ?statement pq:P582 ?end }
                }
                """.formatted(values);
    }

    private static PositionRow toRow(Map<String, Node> row, Set<String> known) {
        Node item = row.get("item");
        Node of = row.get("of");
        Node office = row.get("office");
        if (item == null || of == null || office == null || !item.isURI() || !of.isURI() || !office.isLiteral()) {
            return null;
        }
        String holder = KbFetcher.qid(item.getURI());
        String ofQid = KbFetcher.qid(of.getURI());
        if (holder == null || ofQid == null || !known.contains(ofQid) || !known.contains(holder)) {
            return null;
        }
        Integer start = year(row.get("start"));
        Integer end = year(row.get("end"));
        if (start != null && end != null && end < start) {
            return null;
        }
        return new PositionRow(new Position(office.getLiteralLexicalForm().strip(), holder, ofQid, start, end), EVIDENCE);
    }

    /** The year of an xsd:dateTime or xsd:date value ("2013-03-14T00:00:00Z" → 2013), or null. */
    static Integer year(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(-?[0-9]{1,4})-").matcher(n.getLiteralLexicalForm());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
