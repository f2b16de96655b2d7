package org.newskg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends triples as quads of one article graph, each at most once: a shared evidence span, a position held
 * twice or a pair of people who talked in two events reach the sink once, so a file sink gets no duplicates.
 * One per article write; not thread-safe.
 */
final class Emitter {

    private final StreamRDF sink;
    private final Node graph;
    private final Set<Triple> sent = new HashSet<>();

    Emitter(StreamRDF sink, Node graph) {
        this.sink = sink;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (sent.add(Triple.create(s, p, o))) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }
}
