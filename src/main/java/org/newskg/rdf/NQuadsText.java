package org.newskg.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/**
 * One article graph as N-Quads text, its lines sorted, so that the same article gives the same bytes on
 * every run (a graph's iteration order is not specified).
 *
 * <pre>{@code
 * String nq = NQuadsText.of(Iris.graph(id), built.graph());   // "<s> <p> <o> <g> .\n<s> ..." (no final line break)
 * }</pre>
 * Shared by the Spark job and {@code kg ingest --bulk}, so both write the same lines. Stateless and thread-safe.
 */
public final class NQuadsText {

    private NQuadsText() {
    }

    public static String of(Node graphName, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, graph.find().mapWith(t -> Quad.create(graphName, t)));
        // N-Quads escapes line breaks inside literals, so each line is one quad.
        return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }
}
