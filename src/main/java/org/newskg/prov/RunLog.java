package org.newskg.prov;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * The run-log graph: when each article graph was last ingested. Wall-clock times live here and not in
 * the article graphs, so that two ingests of the same input give identical article graphs (and identical
 * sorted exports, which leave this graph out unless asked).
 *
 * <pre>{@code
 * RunLog.record(store, Iris.ingest(id), started, Instant.now());
 * }</pre>
 * Per article it keeps {@code <article/ID/ingest> prov:startedAtTime T1 ; prov:endedAtTime T2} of the last
 * ingest only, so re-ingesting replaces the times and the store does not grow. Stateless and thread-safe.
 */
public final class RunLog {

    /** The named graph of the run log. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH_NS + "runlog");

    private RunLog() {
    }

    /** Records (replacing earlier times) that {@code activity} ran from {@code started} to {@code ended}. */
    public static void record(KgStore store, Node activity, Instant started, Instant ended) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        store.dataset().executeWrite(() -> {
            dsg.deleteAny(GRAPH, activity, NKG.provStartedAtTime, Node.ANY);
            dsg.deleteAny(GRAPH, activity, NKG.provEndedAtTime, Node.ANY);
            dsg.add(GRAPH, activity, NKG.provStartedAtTime, time(started));
            dsg.add(GRAPH, activity, NKG.provEndedAtTime, time(ended));
        });
    }

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
