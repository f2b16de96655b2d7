package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The page that explores the graph, at {@code /} of the server: search, entity and article pages, the ready
 * queries, an upload form. A static page whose scripts ask the server's own SPARQL endpoint; nothing is
 * fetched from elsewhere (Cytoscape.js comes from its WebJar in this jar).
 *
 * <pre>{@code
 * FusekiServer.Builder builder = WebPage.addTo(FusekiServer.create().add("/kg", dataset));
 * }</pre>
 * Paths: {@code /} (the page), {@code /ui/*} (its scripts and styles), {@code /webjars/*} (libraries),
 * {@code /api/queries} (the ready queries as JSON). Stateless.
 */
public final class WebPage {

    private WebPage() {
    }

    /** Adds the page's servlets to {@code builder} and returns it. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        // "" is the servlet mapping of the context root alone; Fuseki keeps "/" for its own 404 answers.
        return builder
                .addServlet("", new ClasspathFiles("org/newskg/serve/web/", "index.html"))
                .addServlet("/ui/*", new ClasspathFiles("org/newskg/serve/web/", null))
                .addServlet("/webjars/*", new ClasspathFiles("META-INF/resources/webjars/", null))
                .addServlet("/api/queries", new QueriesServlet(QueryCatalog.bundled()));
    }
}
