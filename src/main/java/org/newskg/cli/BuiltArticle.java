package org.newskg.cli;

import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.newskg.ingest.Article;

/**
 * One article after the pipeline, ready for the store: its validated graph, or why it is not stored
 * ({@code graph} null, {@code problem} set). {@code started} is when its processing began, for the run log.
 * The graph is not copied: whoever built it hands it over and no longer touches it.
 */
record BuiltArticle(Article article, Instant started, Graph graph, String problem) {

    static BuiltArticle refused(Article article, String problem) {
        return new BuiltArticle(article, null, null, problem);
    }

    boolean stored() {
        return graph != null;
    }
}
