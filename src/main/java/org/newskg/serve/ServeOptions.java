package org.newskg.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SparqlServer} serves a store: where, what it lets clients do, and the limits it holds them to.
 *
 * <pre>{@code
 * ServeOptions o = ServeOptions.readOnly("127.0.0.1", 3030).withUpdate(Credentials.fromFile(users));
 * }</pre>
 * Immutable. Writes (SPARQL Update, the graph store protocol, {@code POST /kg/ingest}) always need credentials:
 * {@code update} without them is refused here, ingest when the server starts.
 *
 * @param host         "127.0.0.1", "localhost" or "::1" serve this machine only; anything else all interfaces
 * @param port         the HTTP port, 0 for a free one
 * @param update       whether SPARQL Update and graph store writes are accepted (from authenticated users)
 * @param credentials  the users who may write, or null when nobody may
 * @param timeout      how long one query or update may run before it is stopped
 * @param maxRows      the most rows a SELECT query answers (a larger or missing LIMIT is lowered to it)
 * @param maxBody      the largest request body accepted, in bytes (413 beyond it)
 * @param allowService whether SPARQL {@code SERVICE} (queries to other endpoints) and {@code LOAD} (reading files
 *                     and URLs into the store) run; off, they are refused
 */
public record ServeOptions(String host, int port, boolean update, Credentials credentials, Duration timeout,
                           int maxRows, long maxBody, boolean allowService) {

    /** A few seconds: any query of {@code queries/} answers well within it on a store of thousands of articles. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** 10 MB: far above a news article or a query, small enough to hold in memory. */
    public static final long DEFAULT_MAX_BODY = 10_000_000;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, got " + timeout);
        }
        if (maxRows < 1 || maxBody < 1) {
            throw new IllegalArgumentException("maxRows and maxBody must be at least 1, got " + maxRows + " and " + maxBody);
        }
        if (update && credentials == null) {
            throw new IllegalArgumentException("updates need credentials: there is no default password");
        }
    }

    /** Read-only, with the default limits, no SERVICE or LOAD. */
    public static ServeOptions readOnly(String host, int port) {
        return new ServeOptions(host, port, false, null, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, DEFAULT_MAX_BODY, false);
    }

    /** These options, with the users who may write (ingest); updates stay as they were. */
    public ServeOptions withCredentials(Credentials users) {
        return new ServeOptions(host, port, update, users, timeout, maxRows, maxBody, allowService);
    }

    /** These options, accepting updates from {@code users}. */
    public ServeOptions withUpdate(Credentials users) {
        return new ServeOptions(host, port, true, users, timeout, maxRows, maxBody, allowService);
    }

    public ServeOptions withTimeout(Duration limit) {
        return new ServeOptions(host, port, update, credentials, limit, maxRows, maxBody, allowService);
    }

    public ServeOptions withMaxRows(int rows) {
        return new ServeOptions(host, port, update, credentials, timeout, rows, maxBody, allowService);
    }

    public ServeOptions withMaxBody(long bytes) {
        return new ServeOptions(host, port, update, credentials, timeout, maxRows, bytes, allowService);
    }

    public ServeOptions withAllowService(boolean allow) {
        return new ServeOptions(host, port, update, credentials, timeout, maxRows, maxBody, allow);
    }

    /** Whether the server listens on the loopback interface only. */
    public boolean loopback() {
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "::1".equals(host);
    }
}
