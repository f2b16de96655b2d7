package org.newskg.kb.online;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A real SPARQL server standing in for Wikidata in the tests: an embedded Fuseki on a free loopback port,
 * loaded with src/test/resources/wikidata/sample.ttl, counting the HTTP requests it receives.
 *
 * <pre>{@code
 * try (WikidataTestServer wd = WikidataTestServer.start()) { ... wd.endpoint() ... wd.requests() ... }
 * }</pre>
 */
public final class WikidataTestServer implements AutoCloseable {

    public static final Path SAMPLE = Path.of(System.getProperty("newskg.home", "."))
            .resolve("src/test/resources/wikidata/sample.ttl");

    private final FusekiServer server;
    private final AtomicInteger requests;

    private WikidataTestServer(FusekiServer server, AtomicInteger requests) {
        this.server = server;
        this.requests = requests;
    }

    public static WikidataTestServer start() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, SAMPLE.toString());
        AtomicInteger count = new AtomicInteger();
        Filter counter = new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
                count.incrementAndGet();
                chain.doFilter(req, res);
            }
        };
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", ds, false)
                .addFilter("/*", counter).build().start();
        return new WikidataTestServer(server, count);
    }

    /** The SPARQL query endpoint, like https://query.wikidata.org/sparql. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getHttpPort() + "/wikidata/sparql");
    }

    /** HTTP requests received so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
