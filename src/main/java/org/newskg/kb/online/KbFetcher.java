package org.newskg.kb.online;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.newskg.NewsKgException;

/**
 * Fetches the entities of each refresh class from a SPARQL endpoint, page by page (LIMIT/OFFSET over
 * the class's entities in IRI order).
 *
 * <pre>{@code
 * Map<String, FetchedEntity> got = new KbFetcher(client, 500).fetch(RefreshClass.read(file), System.err::println);
 * }</pre>
 * Entities without an English label are skipped. Not thread-safe (one fetch at a time).
 */
public final class KbFetcher {

    static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final int MAX_PAGES = 10_000;

    private final SparqlClient client;
    private final int pageSize;

    public KbFetcher(SparqlClient client, int pageSize) {
        if (pageSize < 1) {
            throw new NewsKgException("page size must be at least 1, got " + pageSize);
        }
        this.client = client;
        this.pageSize = pageSize;
    }

    /** Entities by QID, in the order found; an entity in several classes keeps the first class's type. */
    public Map<String, FetchedEntity> fetch(List<RefreshClass> classes, Consumer<String> progress) {
        Map<String, FetchedEntity> out = new LinkedHashMap<>();
        for (RefreshClass c : classes) {
            int count = 0;
            for (int page = 0; page < MAX_PAGES; page++) {
                List<Map<String, Node>> rows = client.select(RefreshQueries.page(c, pageSize, (long) page * pageSize));
                for (Map<String, Node> row : rows) {
                    FetchedEntity e = toEntity(c, row);
                    if (e != null) {
                        out.putIfAbsent(e.qid(), e);
                        count++;
                    }
                }
                if (rows.size() < pageSize) {
                    break;
                }
            }
            progress.accept(c.name() + ": " + count + " entities");
        }
        return out;
    }

    private static FetchedEntity toEntity(RefreshClass c, Map<String, Node> row) {
        Node item = row.get("item");
        if (item == null || !item.isURI()) {
            throw new NewsKgException("malformed results from " + "the endpoint: a row without an ?item IRI: " + row);
        }
        String qid = qid(item.getURI());
        Node label = row.get("label");
        if (qid == null || label == null || !label.isLiteral() || label.getLiteralLexicalForm().isBlank()) {
            return null;
        }
        List<String> countries = new ArrayList<>(new TreeSet<>(words(row.get("countries"), " ").stream()
                .map(KbFetcher::qid).filter(q -> q != null).toList()));
        return new FetchedEntity(qid, label.getLiteralLexicalForm().strip(), c.type(), words(row.get("aliases"), "\t"),
                countries, words(row.get("demonyms"), "\t"), c.name());
    }

    /** The QID of a Wikidata entity IRI, or null for anything else (a lexeme, a property). */
    static String qid(String iri) {
        if (!iri.startsWith(ENTITY)) {
            return null;
        }
        String local = iri.substring(ENTITY.length());
        return local.matches("Q[1-9][0-9]*") ? local : null;
    }

    private static List<String> words(Node n, String separator) {
        if (n == null || !n.isLiteral() || n.getLiteralLexicalForm().isBlank()) {
            return List.of();
        }
        return Arrays.stream(n.getLiteralLexicalForm().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
