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

    /**
     * The problem of an article skipped because an earlier input of the same run, read from {@code firstOrigin},
     * has its id (so its graph): the same article under two names, or two records with one URL. The same words
     * from {@code kg ingest} and the Spark job.
     */
    public static IngestProblem duplicate(Article later, String firstOrigin) {
        String basis = later.url() != null ? "same url " + later.url() : "same article id " + later.id();
        return new IngestProblem(later.origin(), "duplicate of " + firstOrigin + " (" + basis
                + "): skipped, the first one (" + firstOrigin + ") is kept");
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
