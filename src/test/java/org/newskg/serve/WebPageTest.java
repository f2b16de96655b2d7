package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/** The page's files and its query list, over HTTP from a real server on a loopback port. */
class WebPageTest {

    @TempDir
    static Path tmp;

    static KgStore kg;
    static SparqlServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        kg = KgStore.open(tmp.resolve("store"));
        oneArticle(kg);
        server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0), null);
    }

    @AfterAll
    static void stop() {
        server.close();
        kg.close();
    }

    private HttpResponse<String> get(SparqlServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void oneArticle(KgStore kg) {
        var g = NodeFactory.createURI("http://example.org/graph/tallinn");
        kg.replaceArticle(g, sink -> sink.quad(Quad.create(g, NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("Tallinn"))));
    }

    @Test
    void thePageItsScriptsAndCytoscapeAreServedBesideTheEndpoint() throws Exception {
        HttpResponse<String> page = get(server, "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<main id=\"main\""), "the page has its main landmark");
        for (String script : new String[] {"ui/kg.js", "ui/entity.js", "ui/app.js",
                "webjars/cytoscape/3.33.1/dist/cytoscape.min.js"}) {
            assertTrue(page.body().contains("src=\"" + script + "\""), script);
            HttpResponse<String> js = get(server, "/" + script);
            assertEquals(200, js.statusCode(), script);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), script);
        }
        assertTrue(get(server, "/ui/app.css").body().contains(":focus-visible"), "focus stays visible");
        HttpResponse<String> answer = get(server, "/kg/sparql?query="
                + java.net.URLEncoder.encode("SELECT ?o WHERE { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Tallinn"), "the endpoint still answers beside the page");
    }

    @Test
    void onlyFilesOfTheServedFoldersWithKnownTypesAreServed() throws Exception {
        assertEquals(404, get(server, "/ui/missing.js").statusCode());
        for (String escape : new String[] {"/ui/%2e%2e/SparqlServer.class", "/ui/..%2Fqueries/roles.rq",
                "/webjars/..%2F..%2F..%2Fserve%2Fweb%2Findex.html"}) {
            int status = get(server, escape).statusCode();
            assertTrue(status == 400 || status == 404, escape + " answered " + status);   // Jetty refuses some itself
        }
        assertEquals(404, get(server, "/webjars/cytoscape/3.33.1/package.json.rq").statusCode());
        assertEquals(404, get(server, "/ui/").statusCode(), "no listing of the folder");
        assertEquals(404, get(server, "/anything-else").statusCode());
    }

    @Test
    void theReadyQueriesAreListedWithTheirText() throws Exception {
        HttpResponse<String> resp = get(server, "/api/queries");
        assertEquals(200, resp.statusCode());
        assertEquals("application/json", resp.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode queries = new ObjectMapper().readTree(resp.body()).get("queries");
        assertEquals(QueryCatalog.bundled().queries().size(), queries.size());
        JsonNode roles = null;
        for (JsonNode q : queries) {
            if ("roles.rq".equals(q.get("name").asText())) {
                roles = q;
            }
        }
        assertTrue(roles != null && roles.get("text").asText().contains("nkg:PositionHolding"), String.valueOf(roles));
    }

    @Test
    void fusekisOwnPathsAreUntouched() throws Exception {
        HttpResponse<String> ping = get(server, "/$/ping");
        assertEquals(200, ping.statusCode());
        assertTrue(!ping.body().contains("<html"), ping.body());
    }
}
