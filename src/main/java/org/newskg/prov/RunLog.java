package org.newskg.prov;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * The run log: when each article graph was last ingested. Wall-clock times live here and not in
 * the article graphs, so that two ingests of the same input give identical article graphs (and identical
 * sorted exports, which leave the run log out unless asked).
 *
 * <pre>{@code
 * RunLog.record(store, Iris.ingest(id), started, Instant.now());
 * }</pre>
 * Per article it keeps {@code <article/ID/ingest> prov:startedAtTime T1 ; prov:endedAtTime T2} of the last
 * ingest only, so re-ingesting replaces the times and the store does not grow. The times are kept in the
 * store's own default graph, which the union default graph of queries leaves out: a query sees the article
 * graphs only (SPARQL reaches the log as {@code GRAPH <urn:x-arq:DefaultGraph>}), and an export names it
 * {@link #GRAPH}. Stores written before kept it in the named graph {@link #GRAPH}; {@link #migrate} moves it.
 * Stateless and thread-safe.
 */
public final class RunLog {

    /** The name of the run log in exports (and the named graph older stores kept it in). */
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH_NS + "runlog");

    private RunLog() {
    }

    /** Records (replacing earlier times) that {@code activity} ran from {@code started} to {@code ended}. */
    public static void record(KgStore store, Node activity, Instant started, Instant ended) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        store.dataset().executeWrite(() -> {
            for (Node g : List.of(STORED, GRAPH)) {
                dsg.deleteAny(g, activity, NKG.provStartedAtTime, Node.ANY);
                dsg.deleteAny(g, activity, NKG.provEndedAtTime, Node.ANY);
            }
            dsg.add(STORED, activity, NKG.provStartedAtTime, time(started));
            dsg.add(STORED, activity, NKG.provEndedAtTime, time(ended));
        });
    }

    /** Moves an older store's run-log graph out of the union default graph; does nothing (and writes nothing) otherwise. */
    public static void migrate(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (!store.containsGraph(GRAPH)) {
            return;
        }
        store.dataset().executeWrite(() -> {
            List<Quad> old = Iter.toList(dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY));
            old.forEach(q -> dsg.add(STORED, q.getSubject(), q.getPredicate(), q.getObject()));
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        });
    }

    /** The run log as quads of graph {@link #GRAPH}; call inside a read transaction. */
    public static List<Quad> quads(KgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<Quad> out = new ArrayList<>();
        dsg.find(STORED, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(Quad.create(GRAPH, q.asTriple())));
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** Where the log is stored: the dataset's own default graph, outside the union of the named graphs. */
    private static final Node STORED = Quad.defaultGraphIRI;

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
