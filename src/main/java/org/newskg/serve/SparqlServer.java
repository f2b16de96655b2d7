package org.newskg.serve;

import java.net.URI;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.store.KgStore;

/**
 * A SPARQL endpoint over a store, served by an embedded Apache Jena Fuseki.
 *
 * <pre>{@code
 * try (SparqlServer s = SparqlServer.start(kg, "127.0.0.1", 3030, false)) { s.join(); }
 * }</pre>
 * The endpoint is {@code http://HOST:PORT/kg/sparql} (also {@code /kg/query}); its default graph is the
 * union of the article graphs, as in {@code kg query}. Read-only unless {@code allowUpdate}: a graph built
 * from articles is changed by re-ingesting them, not by hand. Thread-safe.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving. {@code port} 0 picks a free port; {@code host} "127.0.0.1" or "localhost" keeps
     * the server on the loopback interface, any other value listens on all interfaces.
     */
    public static SparqlServer start(KgStore store, String host, int port, boolean allowUpdate) {
        boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "::1".equals(host);
        FusekiServer server = WebPage.addTo(FusekiServer.create())
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .add(DATASET, store.dataset(), allowUpdate)
                .build()
                .start();
        return new SparqlServer(server, loopback ? "127.0.0.1" : host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint's URL. */
    public URI endpoint() {
        return URI.create("http://" + host + ":" + port() + DATASET + "/sparql");
    }

    /** Blocks until the server stops (Ctrl-C). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
