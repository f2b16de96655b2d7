package org.newskg.cli;

import java.util.Locale;

/**
 * When the ingest writer commits the articles waiting in its batch: once there are {@code articles} of them, once
 * their texts reach {@code bytes} (UTF-8), or once the oldest has waited {@code millis}, whichever comes first.
 * Fewer commits mean fewer disk syncs, which set the pace of a one-article-per-transaction ingest; the limits bound
 * the memory the waiting graphs take and what a crash loses. Immutable.
 *
 * <pre>{@code
 * BatchLimits limits = new BatchLimits(500, 8_000_000, 1000);
 * boolean full = limits.full(waitingArticles, waitingBytes);
 * }</pre>
 */
record BatchLimits(int articles, long bytes, long millis) {

    static final int DEFAULT_ARTICLES = 500;
    static final long DEFAULT_BYTES = 8_000_000;
    /**
     * One second, as issue 14 asks: what a crash can lose and how stale a live store's readers may be stay small. Larger
     * batches cost less on a long archive load: every write transaction copies the B+tree blocks it touches, so batches
     * closed every second left a 1K-article store at 2.0 GB of files and cost the writer thread 36 CPU s; every ten
     * seconds ({@code --batch-millis 10000}), 0.74 GB and 30 s (bench/README.md, 2026-12-05).
     */
    static final long DEFAULT_MILLIS = 1_000;

    /** The defaults of {@code kg ingest}. */
    static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_ARTICLES, DEFAULT_BYTES, DEFAULT_MILLIS);

    BatchLimits {
        if (articles < 1 || bytes < 1 || millis < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "batch limits must be at least 1 article, 1 byte and 0 ms: %d, %d, %d", articles, bytes, millis));
        }
    }

    boolean full(int waitingArticles, long waitingBytes) {
        return waitingArticles >= articles || waitingBytes >= bytes;
    }

    boolean due(long waitedNanos) {
        return waitedNanos >= millis * 1_000_000L;
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    static long utf8Bytes(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate is half of a four-byte character.
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
