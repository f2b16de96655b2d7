package org.newskg.cli;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newskg.ingest.Article;
import org.newskg.validate.Violation;

/**
 * One article after the pipeline and the SHACL check, waiting for the store: either its graph is ready
 * ({@code violations} empty), or its graph violates the shapes ({@code violations} not empty), or it
 * failed earlier ({@code graph} null, {@code problem} says why). {@code started} is when its processing
 * began, for the run log. The graph is not copied: the builder hands it over and no longer touches it.
 */
record BuiltArticle(Article article, Instant started, Graph graph, List<Violation> violations, String problem) {

    BuiltArticle {
        violations = List.copyOf(violations);
    }

    static BuiltArticle failed(Article article, String problem) {
        return new BuiltArticle(article, null, null, List.of(), problem);
    }

    boolean failed() {
        return graph == null;
    }

    boolean conforms() {
        return graph != null && violations.isEmpty();
    }
}
