package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of an {@link ArticleLoader}.
 *
 * <pre>{@code
 * LoaderOptions o = LoaderOptions.defaults(dataDir);                 // 20 MiB limit, format by extension/content
 * LoaderOptions p = o.withFormat(Format.JSONL).withMaxBytes(1 << 20);
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param maxBytes largest input accepted, in bytes; larger inputs are reported, not read
 * @param format   the format to assume for every input, or null to detect it per input
 * @param dataDir  the {@code data/} folder holding {@code ingest/*.tsv} (header labels, byline cues)
 */
public record LoaderOptions(long maxBytes, Format format, Path dataDir) {

    /** 20 MiB: far above any news article, small enough to hold in memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public LoaderOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }

    public static LoaderOptions defaults(Path dataDir) {
        return new LoaderOptions(DEFAULT_MAX_BYTES, null, dataDir);
    }

    public LoaderOptions withMaxBytes(long max) {
        return new LoaderOptions(max, format, dataDir);
    }

    public LoaderOptions withFormat(Format forced) {
        return new LoaderOptions(maxBytes, forced, dataDir);
    }
}
