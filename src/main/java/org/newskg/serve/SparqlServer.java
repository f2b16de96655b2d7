package org.newskg.serve;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.newskg.NewsKgException;
import org.newskg.store.KgStore;

/**
 * A SPARQL endpoint over a store, served by an embedded Apache Jena Fuseki, with an ingest endpoint when asked.
 *
 * <pre>{@code
 * try (SparqlServer s = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 3030), null)) { s.join(); }
 * }</pre>
 * The endpoint is {@code http://HOST:PORT/kg/sparql} (also {@code /kg/query}); its default graph is the union of
 * the article graphs, as in {@code kg query}. Read-only unless the options allow updates; {@code POST /kg/ingest}
 * works when an {@link ArticleIntake} is given. Every write needs credentials (see {@link RequestGuard}); every
 * query and update is stopped after the options' timeout; SERVICE and LOAD run only when the options allow them.
 * The server owns the store while it runs: the timeout and the SERVICE setting are put in the store's context.
 * Thread-safe.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** The ingest endpoint's path. */
    public static final String INGEST = DATASET + "/ingest";

    private final FusekiServer server;
    private final String host;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving {@code store}; {@code intake} is null when ingest is not enabled (its endpoint answers 403).
     * Ingest needs credentials in the options, as updates do.
     */
    public static SparqlServer start(KgStore store, ServeOptions options, ArticleIntake intake) {
        if (intake != null && options.credentials() == null) {
            throw new IllegalArgumentException("ingest needs credentials: there is no default password");
        }
        limitExecution(store.dataset().getContext(), options);
        FusekiServer.Builder builder = WebPage.addTo(FusekiServer.create())
                .port(options.port())
                .loopback(options.loopback())
                .enablePing(true)
                .add(DATASET, store.dataset(), options.update())
                .registerOperation(Operation.Query, new LimitedQuery(options.maxRows()))
                .registerOperation(Operation.Update, new GuardedUpdate(options.allowService()))
                .addFilter("/*", new RequestGuard(options, intake != null));
        if (intake != null) {
            builder.addServlet(INGEST, new IngestServlet(intake, options.maxBody()));
        }
        FusekiServer server;
        try {
            server = builder.build().start();
        } catch (FusekiException e) {
            throw new NewsKgException("cannot serve on " + options.host() + ":" + options.port() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    + " (is the port in use? give another --port, or 0 for a free one)", e);
        }
        return new SparqlServer(server, options.loopback() ? "127.0.0.1" : options.host());
    }

    /** Fuseki takes a query's timeout and SERVICE permission from the dataset's context. */
    private static void limitExecution(Context context, ServeOptions options) {
        String millis = Long.toString(options.timeout().toMillis());
        context.set(ARQ.queryTimeout, millis);
        context.set(ARQ.updateTimeout, millis);
        context.set(ARQ.httpServiceAllowed, options.allowService());
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint's URL. */
    public URI endpoint() {
        return base().resolve(DATASET + "/sparql");
    }

    /** The server's root URL, {@code http://HOST:PORT/}. */
    public URI base() {
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the server stops ({@link #close} from another thread). */
    public void join() {
        server.join();
    }

    /** Stops serving; a second call does nothing. The store stays open: its owner closes it. */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.stop();
        }
    }
}
