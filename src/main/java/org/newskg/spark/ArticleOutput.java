package org.newskg.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the job made of one article (or one unreadable input): its graph as N-Quads lines, or why there is none.
 *
 * <pre>{@code
 * ArticleOutput ok = ArticleOutput.quads("hdfs:///news/a.txt", "<s> <p> <o> <g> .");
 * ArticleOutput bad = ArticleOutput.problem("hdfs:///news/b.txt", "empty input, no article");
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param origin  the input file's URI, or "URI:LINE" for a JSON Lines record
 * @param nquads  the article's named graph, one quad a line (no final line break), or null for a problem
 * @param problem why nothing was written for this input, or null
 */
public record ArticleOutput(String origin, String nquads, String problem) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ArticleOutput {
        Objects.requireNonNull(origin, "origin");
        if ((nquads == null) == (problem == null)) {
            throw new IllegalArgumentException("output for " + origin + " needs either quads or a problem, not both or none");
        }
    }

    public static ArticleOutput quads(String origin, String nquads) {
        return new ArticleOutput(origin, nquads, null);
    }

    public static ArticleOutput problem(String origin, String problem) {
        return new ArticleOutput(origin, null, problem);
    }

    public boolean failed() {
        return problem != null;
    }

    /** The problem as one report line: "ORIGIN: MESSAGE". */
    public String report() {
        return origin + ": " + problem;
    }
}
