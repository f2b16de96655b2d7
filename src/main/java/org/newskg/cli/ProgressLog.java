package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress for runs whose standard error is not a terminal (CI logs, nohup, pipes), where a progress bar
 * would be noise: one line at most every ten seconds, none at all for short runs. Not thread-safe.
 */
final class ProgressLog {

    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final int total;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private int done;

    ProgressLog(int total) {
        this.total = total;
    }

    /** One more file read; {@code articles} is how many articles are committed to the store so far. */
    void step(PrintWriter err, int articles) {
        done++;
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS && done < total) {
            lastPrinted = now;
            err.printf(Locale.ROOT, "ingest: %d/%d files, %d articles committed, %.0f s%n", done, total, articles, (now - started) / 1e9);
            err.flush();
        }
    }
}
