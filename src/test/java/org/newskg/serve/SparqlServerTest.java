package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/** A real Fuseki on a free loopback port over a real TDB2 store, asked by real HTTP clients. */
class SparqlServerTest {

    private static final Credentials EDITORS = Credentials.of(new Credentials.Login("editor", "s3cret-Tbilisi"));
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/graph/c> "
            + "{ <http://example.org/s/c> <http://example.org/p> \"c\" } }";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Two article-like graphs of {@code perGraph} triples each. */
    private static void fill(KgStore kg, int perGraph) {
        for (String g : new String[] {"a", "b"}) {
            Node graph = NodeFactory.createURI("http://example.org/graph/" + g);
            kg.replaceArticle(graph, sink -> {
                for (int i = 0; i < perGraph; i++) {
                    sink.quad(Quad.create(graph, NodeFactory.createURI("http://example.org/s/" + g + i),
                            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(g + i)));
                }
            });
        }
    }

    private static long count(SparqlServer server, String where) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.endpoint().toString())
                .query("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private HttpResponse<String> update(SparqlServer server, String update, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.base().resolve("kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEndpointAnswersOverTheUnionOfArticleGraphs() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0), null)) {
                assertTrue(server.port() > 0);
                assertEquals(2, count(server, "?s <http://example.org/p> ?o"), "both article graphs are in the default graph");
                HttpResponse<String> ping = http.send(HttpRequest.newBuilder(server.base().resolve("$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ping.statusCode());
            }
        }
    }

    @Test
    void anUpdateWithoutCredentialsIsRefusedWith401AndChangesNothing() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            long before = kg.tripleCount();
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withUpdate(EDITORS), null)) {
                HttpResponse<String> anonymous = update(server, INSERT, null);
                assertEquals(401, anonymous.statusCode(), anonymous.body());
                assertEquals("Basic realm=\"newskg\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
                HttpResponse<String> wrong = update(server, INSERT, new Credentials.Login("editor", "s3cret-Tbilis").basicHeader());
                assertEquals(401, wrong.statusCode(), "a wrong password");
                HttpResponse<String> stranger = update(server, INSERT, new Credentials.Login("visitor", "s3cret-Tbilisi").basicHeader());
                assertEquals(401, stranger.statusCode(), "an unknown user with a known password");
                HttpResponse<String> form = http.send(HttpRequest.newBuilder(server.base().resolve("kg/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + java.net.URLEncoder.encode(INSERT,
                                java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(401, form.statusCode(), "a form update to the query endpoint is a write too");
                HttpResponse<String> put = http.send(HttpRequest.newBuilder(server.base().resolve("kg/data?graph=http://example.org/graph/a"))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<x:s> <x:p> <x:o> .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, put.statusCode(), "a graph store write");
                assertEquals(before, kg.tripleCount(), "nothing was written");

                HttpResponse<String> allowed = update(server, INSERT, EDITORS.logins().get(0).basicHeader());
                assertEquals(204, allowed.statusCode(), allowed.body());
                assertEquals(before + 1, kg.tripleCount(), "the editor's update was applied");
            }
        }
    }

    @Test
    void aReadOnlyServerRefusesUpdatesWith403EvenFromAKnownUser() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            long before = kg.tripleCount();
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withCredentials(EDITORS), null)) {
                HttpResponse<String> r = update(server, INSERT, EDITORS.logins().get(0).basicHeader());
                assertEquals(403, r.statusCode(), r.body());
                assertTrue(r.body().contains("--update"), r.body());
                assertEquals(2, count(server, "?s ?p ?o"), "queries are answered without credentials");
            }
            assertEquals(before, kg.tripleCount());
        }
    }

    @Test
    void updatesNeedCredentialsInTheOptions() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServeOptions("127.0.0.1", 0, true, null, Duration.ofSeconds(1), 10, 10, false));
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWhileAnotherClientIsAnswered() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1000);
            ServeOptions options = ServeOptions.readOnly("127.0.0.1", 0).withTimeout(Duration.ofSeconds(3));
            try (SparqlServer server = SparqlServer.start(kg, options, null)) {
                // 2,000 triples cubed: eight billion rows to count, far beyond any timeout.
                CompletableFuture<Long> runaway = CompletableFuture.supplyAsync(
                        () -> count(server, "?a ?p ?b . ?c ?q ?d . ?e ?r ?f"));
                long simple = count(server, "<http://example.org/s/a7> ?p ?o");
                assertEquals(1, simple, "the other client's query is answered");
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> runaway.get(120, java.util.concurrent.TimeUnit.SECONDS));
                QueryExceptionHTTP stopped = assertInstanceOf(e.getCause());
                assertEquals(503, stopped.getStatusCode(), "the runaway query gets the timeout error: " + stopped.getMessage());
                assertEquals(1, count(server, "<http://example.org/s/b9> ?p ?o"), "the server still answers");
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aRunawayUpdateIsStoppedByTheTimeoutAndChangesNothing() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1000);
            long before = kg.tripleCount();
            ServeOptions options = ServeOptions.readOnly("127.0.0.1", 0).withUpdate(EDITORS).withTimeout(Duration.ofSeconds(2));
            try (SparqlServer server = SparqlServer.start(kg, options, null)) {
                HttpResponse<String> r = update(server, "INSERT { GRAPH <http://example.org/graph/c> { ?a <http://example.org/q> ?f } } "
                        + "WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", EDITORS.logins().get(0).basicHeader());
                assertTrue(r.statusCode() >= 500, "the runaway update fails: " + r.statusCode() + " " + r.body());
            }
            assertEquals(before, kg.tripleCount(), "its transaction was aborted");
        }
    }

    private static QueryExceptionHTTP assertInstanceOf(Throwable t) {
        assertTrue(t instanceof QueryExceptionHTTP, "expected an HTTP error, got " + t);
        return (QueryExceptionHTTP) t;
    }

    @Test
    void serviceAndLoadAreRefusedUnlessAllowed() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            try (SparqlServer other = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0), null);
                 SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withUpdate(EDITORS), null)) {
                String federated = "SERVICE <" + other.endpoint() + "> { ?s ?p ?o }";
                QueryExceptionHTTP refused = assertThrows(QueryExceptionHTTP.class, () -> count(server, federated));
                assertTrue(refused.getStatusCode() >= 400, "SERVICE refused: " + refused.getMessage());

                Path secret = java.nio.file.Files.writeString(tmp.resolve("local.ttl"), "<x:s> <x:p> <x:o> .");
                long before = kg.tripleCount();
                HttpResponse<String> load = update(server, "LOAD <" + secret.toUri() + "> INTO GRAPH <http://example.org/graph/x>",
                        EDITORS.logins().get(0).basicHeader());
                assertEquals(403, load.statusCode(), load.body());
                assertTrue(load.body().contains("--allow-service"), load.body());
                assertEquals(before, kg.tripleCount(), "the local file was not loaded");
            }
        }
    }

    @Test
    void serviceRunsWhenAllowed() {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            try (SparqlServer other = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0), null);
                 SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withAllowService(true), null)) {
                assertEquals(2, count(server, "SERVICE <" + other.endpoint() + "> { ?s ?p ?o }"));
            }
        }
    }

    @Test
    void aSelectAnswersAtMostMaxRows() {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 30);
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withMaxRows(25), null)) {
                assertEquals(25, rows(server, "SELECT * WHERE { ?s ?p ?o }"), "no LIMIT");
                assertEquals(25, rows(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 40"), "a larger LIMIT");
                assertEquals(7, rows(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 7"), "a smaller LIMIT is kept");
                assertEquals(60, count(server, "?s ?p ?o"), "an aggregate still sees every row");
            }
        }
    }

    private static int rows(SparqlServer server, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.endpoint().toString()).query(query).build()) {
            int n = 0;
            for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withMaxBody(200), null)) {
                String query = "SELECT * WHERE { ?s ?p ?o } # " + "padding ".repeat(40);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpoint())
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(413, r.statusCode(), r.body());
                assertEquals(2, count(server, "?s ?p ?o"), "a short query is answered");
            }
        }
    }

    @Test
    void csvResultsForTheReadmeExample() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg, 1);
            try (SparqlServer server = SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0), null)) {
                String q = "query=" + java.net.URLEncoder.encode("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o",
                        java.nio.charset.StandardCharsets.UTF_8);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpoint()).header("Accept", "text/csv")
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(q)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertEquals("o\r\na0\r\nb0\r\n", r.body());
            }
        }
    }
}
