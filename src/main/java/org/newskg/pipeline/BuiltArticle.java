package org.newskg.pipeline;

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
public record BuiltArticle(Article article, Instant started, Graph graph, List<Violation> violations, String problem) {

    /** How many violations a refusal message lists before "... and N more". */
    private static final int SHOWN = 5;

    public BuiltArticle {
        violations = List.copyOf(violations);
    }

    public static BuiltArticle failed(Article article, String problem) {
        return new BuiltArticle(article, null, null, List.of(), problem);
    }

    public boolean failed() {
        return graph == null;
    }

    public boolean conforms() {
        return graph != null && violations.isEmpty();
    }

    /** Why a graph that violates the shapes is refused: the count, then the first few violations, one a line. */
    public String refusal() {
        StringBuilder b = new StringBuilder("refused: article ").append(article.id()).append(" violates the SHACL shapes (")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append(")");
        violations.stream().limit(SHOWN).forEach(v -> b.append("\n  ").append(v.describe()));
        if (violations.size() > SHOWN) {
            b.append("\n  ... and ").append(violations.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
