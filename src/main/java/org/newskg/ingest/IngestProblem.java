package org.newskg.ingest;

import java.util.Objects;

/**
 * Why an input (or one line of it) was not read as an article: one line naming the input.
 *
 * <pre>{@code
 * IngestProblem p = new IngestProblem("data/x.bin", "binary content (NUL bytes), not a news article");
 * p.toString();   // "data/x.bin: binary content (NUL bytes), not a news article"
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param origin  the input (path, "path:line" or "stdin")
 * @param message what is wrong, without the origin
 */
public record IngestProblem(String origin, String message) {

    public IngestProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("problem for " + origin + " needs a message");
        }
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
