package org.newskg.link.online;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.kb.online.SparqlClient;
import org.newskg.query.QueryRunner;
import org.newskg.store.KgStore;

/**
 * Copies facts about the store's linked entities (label, description, instance of, country, population,
 * dates...) from a Wikidata SPARQL endpoint into one named graph, {@link #GRAPH}, apart from the article graphs.
 *
 * <pre>{@code
 * Enricher.Result r = new Enricher(client, EnrichProperties.read(file), 50).enrich(store, false);
 * }</pre>
 * The graph is its own cache: an entity fetched once carries a {@code prov:wasDerivedFrom} link to the
 * endpoint and is not asked for again (unless {@code force}). All requests run before anything is written,
 * then one write transaction adds the result: a failure leaves the store as it was. Not thread-safe.
 */
public final class Enricher {

    /** The named graph holding what was fetched from Wikidata. */
    public static final Node GRAPH = NodeFactory.createURI("https://w3id.org/newskg/graph/wikidata");
    static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    static final String ENTITY = "http://www.wikidata.org/entity/";

    /** What a run did: linked entities in the store, how many were already cached, fetched now, and triples added. */
    public record Result(int linked, int cached, int fetched, long triplesAdded, int requests) {
    }

    private final SparqlClient client;
    private final List<String> properties;
    private final int batchSize;

    public Enricher(SparqlClient client, List<String> properties, int batchSize) {
        if (batchSize < 1) {
            throw new org.newskg.NewsKgException("batch size must be at least 1, got " + batchSize);
        }
        this.client = client;
        this.properties = List.copyOf(properties);
        this.batchSize = batchSize;
    }

    public Result enrich(KgStore store, boolean force) {
        List<String> linked = linkedQids(store);
        Set<String> cached = force ? Set.of() : cachedQids(store);
        List<String> todo = linked.stream().filter(q -> !cached.contains(q)).toList();
        int before = client.requestCount();
        Graph fetched = GraphFactory.createDefaultGraph();
        for (int i = 0; i < todo.size(); i += batchSize) {
            List<String> batch = todo.subList(i, Math.min(todo.size(), i + batchSize));
            client.construct(EnrichQuery.construct(batch, properties)).find().forEach(fetched::add);
            Node endpoint = NodeFactory.createURI(client.endpoint().toString());
            batch.forEach(q -> fetched.add(Triple.create(NodeFactory.createURI(ENTITY + q), DERIVED_FROM, endpoint)));
        }
        long added = todo.isEmpty() ? 0 : write(store, fetched, todo, force);
        return new Result(linked.size(), linked.size() - todo.size(), todo.size(), added, client.requestCount() - before);
    }

    private static long write(KgStore store, Graph fetched, List<String> refreshed, boolean force) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return store.dataset().calculateWrite(() -> {
            if (force) {
                // Re-fetched entities replace what the graph said about them.
                refreshed.forEach(q -> dsg.deleteAny(GRAPH, NodeFactory.createURI(ENTITY + q), Node.ANY, Node.ANY));
            }
            long n0 = count(dsg);
            fetched.find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            return count(dsg) - n0;
        });
    }

    private static long count(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.count(dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }

    /** QIDs of the linked entities of all article graphs, by QID number. */
    static List<String> linkedQids(KgStore store) {
        List<String> out = new ArrayList<>(new QueryRunner(store).select("""
                SELECT DISTINCT ?qid WHERE { GRAPH ?g { ?e <https://w3id.org/newskg/ontology#wikidataId> ?qid } }""")
                .stream().map(r -> r.get("qid")).filter(q -> q != null && q.matches("Q[1-9][0-9]*"))
                .collect(Collectors.toCollection(TreeSet::new)));
        out.sort(Comparator.comparingLong(q -> Long.parseLong(q.substring(1))));
        return out;
    }

    private static Set<String> cachedQids(KgStore store) {
        return store.read(() -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find(GRAPH, Node.ANY, DERIVED_FROM, Node.ANY).forEachRemaining(q -> {
                String iri = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                if (iri.startsWith(ENTITY)) {
                    out.add(iri.substring(ENTITY.length()));
                }
            });
            return out;
        });
    }
}
