package org.newskg.store;

import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.newskg.NewsKgException;

/**
 * One named graph to replace and what to put in it, for {@link KgStore#replaceArticles}. Immutable.
 *
 * @param graph  the graph's name, an IRI
 * @param writer sends the graph's new content to the sink it is given
 */
public record GraphWrite(Node graph, Consumer<StreamRDF> writer) {

    public GraphWrite {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(writer, "writer");
        if (!graph.isURI()) {
            throw new NewsKgException("graph name must be an IRI, got " + graph);
        }
    }
}
