package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/** {@code POST /kg/ingest} on a real server over a real store, through the real pipeline, asked with java.net.http. */
class IngestEndpointTest {

    private static final Credentials.Login EDITOR = new Credentials.Login("desk", "night-shift-Accra");
    private static final ServeOptions OPTIONS = ServeOptions.readOnly("127.0.0.1", 0).withCredentials(Credentials.of(EDITOR));

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private ArticleIntake intake(KgStore kg) {
        return new ArticleIntake(kg, ServedArticles.resources(), ServedArticles.DATA, OPTIONS.maxBody(), Duration.ofMinutes(10));
    }

    private HttpResponse<String> post(SparqlServer server, String name, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.base().resolve("kg/ingest?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")   // what curl --data-binary sends
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anArticlePostedWithCredentialsIsStoredAndQueryable() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS, intake(kg))) {
            HttpResponse<String> r = post(server, "nairobi-ports.txt", ServedArticles.NAIROBI, EDITOR.basicHeader());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject json = JSON.parse(r.body());
            assertEquals(0, json.get("refused").getAsArray().size(), r.body());
            JsonObject article = json.get("articles").getAsArray().get(0).getAsObject();
            assertEquals("Kenya and Tanzania agree to share port data", article.getString("title"));
            String graph = article.getString("graph");
            long triples = article.get("triples").getAsNumber().value().longValue();
            assertTrue(triples > 20, r.body());
            assertEquals(triples, kg.tripleCount(NodeFactory.createURI(graph)), "the graph the answer names holds what it says");
            try (QueryExecution qe = QueryExecutionHTTP.service(server.endpoint().toString()).query(
                    "SELECT ?label WHERE { GRAPH <" + graph + "> { ?p a <" + NKG.Person.getURI() + "> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } }")
                    .build()) {
                Set<String> people = new HashSet<>();
                qe.execSelect().forEachRemaining(s -> people.add(s.getLiteral("label").getString()));
                assertTrue(people.contains("William Ruto"), "readers find the new article's people: " + people);
            }

            HttpResponse<String> html = post(server, "warsaw-rail.html", ServedArticles.WARSAW_HTML, EDITOR.basicHeader());
            assertEquals(200, html.statusCode(), html.body());
            assertEquals("Poland and Lithuania open rail link",
                    JSON.parse(html.body()).get("articles").getAsArray().get(0).getAsObject().getString("title"), "read as HTML");
            assertEquals(2, kg.articleGraphs().size());
        }
    }

    @Test
    void withoutOrWithWrongCredentialsNothingIsStored() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS, intake(kg))) {
            HttpResponse<String> anonymous = post(server, "lima.txt", ServedArticles.LIMA, null);
            assertEquals(401, anonymous.statusCode());
            assertEquals("Basic realm=\"newskg\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
            HttpResponse<String> wrong = post(server, "lima.txt", ServedArticles.LIMA, new Credentials.Login("desk", "day-shift").basicHeader());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> garbled = post(server, "lima.txt", ServedArticles.LIMA, "Basic not-base64!");
            assertEquals(401, garbled.statusCode());
            assertEquals(0, kg.graphCount(), "nothing was stored");
        }
    }

    @Test
    void aServerStartedWithoutIngestAnswers403() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS, null)) {
            HttpResponse<String> r = post(server, "lima.txt", ServedArticles.LIMA, EDITOR.basicHeader());
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("--ingest"), r.body());
            assertEquals(0, kg.graphCount());
        }
    }

    @Test
    void anUploadWithNoArticleGets400NamingIt() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS, intake(kg))) {
            HttpResponse<String> r = post(server, "blank.txt", "   \n\n  ", EDITOR.basicHeader());
            assertEquals(400, r.statusCode(), r.body());
            JsonObject json = JSON.parse(r.body());
            assertEquals(0, json.get("articles").getAsArray().size());
            JsonObject refused = json.get("refused").getAsArray().get(0).getAsObject();
            assertEquals("blank.txt", refused.getString("name"));
            assertTrue(refused.getString("reason").contains("whitespace"), r.body());
        }
    }

    @Test
    void anArticleOverItsTimeBudgetIsRefusedAndNotStored() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            ArticleIntake hurried = new ArticleIntake(kg, ServedArticles.resources(), ServedArticles.DATA, OPTIONS.maxBody(),
                    Duration.ofMillis(1));
            try (SparqlServer server = SparqlServer.start(kg, OPTIONS, hurried)) {
                HttpResponse<String> r = post(server, "lima.txt", ServedArticles.LIMA, EDITOR.basicHeader());
                assertEquals(400, r.statusCode(), r.body());
                String reason = JSON.parse(r.body()).get("refused").getAsArray().get(0).getAsObject().getString("reason");
                assertTrue(reason.contains("time budget"), reason);
                assertEquals(0, kg.graphCount());
            }
        }
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS.withMaxBody(300), intake(kg))) {
            HttpResponse<String> r = post(server, "lima.txt", ServedArticles.LIMA, EDITOR.basicHeader());
            assertEquals(413, r.statusCode(), r.body());
            assertEquals(0, kg.graphCount());
        }
    }

    @Test
    void readersDuringAnIngestOfSeveralArticlesSeeOnlyWholeArticles() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(kg, OPTIONS, intake(kg))) {
            AtomicBoolean done = new AtomicBoolean();
            // Every poll: the size of each article graph it saw, and how many graphs there were.
            CompletableFuture<List<Map<String, Long>>> reader = CompletableFuture.supplyAsync(() -> {
                List<Map<String, Long>> polls = new java.util.ArrayList<>();
                while (!done.get()) {
                    polls.add(graphSizes(server.endpoint()));
                }
                polls.add(graphSizes(server.endpoint()));
                return polls;
            });
            HttpResponse<String> r = post(server, "briefs.jsonl", ServedArticles.briefs(), EDITOR.basicHeader());
            done.set(true);
            assertEquals(200, r.statusCode(), r.body());
            List<String> titles = JSON.parse(r.body()).get("articles").getAsArray().stream()
                    .map(a -> a.getAsObject().getString("title")).toList();
            assertEquals(ServedArticles.briefTitles(), titles, r.body());

            Map<String, Long> finalSizes = new HashMap<>();
            for (JsonValue a : JSON.parse(r.body()).get("articles").getAsArray()) {
                finalSizes.put(a.getAsObject().getString("graph"), a.getAsObject().get("triples").getAsNumber().value().longValue());
            }
            List<Map<String, Long>> polls = reader.get();
            Set<Integer> graphsSeen = new HashSet<>();
            for (Map<String, Long> poll : polls) {
                poll.forEach((graph, size) -> assertEquals(finalSizes.get(graph), size, "graph " + graph + " seen whole or not at all"));
                graphsSeen.add(poll.size());
            }
            assertEquals(finalSizes, polls.get(polls.size() - 1), "the last poll sees every article");
            System.out.println("ingest while serving: " + polls.size() + " polls saw " + graphsSeen + " article graphs");
            // That the polls saw a state between two commits proves the test looked while the ingest ran; on a loaded
            // machine a poll can take as long as the whole ingest, so it is asked only of a reader that polled at least
            // twice per article (the wholeness checks above hold for every poll).
            if (polls.size() >= 2 * finalSizes.size()) {
                assertTrue(graphsSeen.stream().anyMatch(n -> n > 0 && n < finalSizes.size()),
                        "some poll fell between two articles' commits (graph counts seen: " + graphsSeen + ")");
            }
        }
    }

    private static Map<String, Long> graphSizes(URI endpoint) {
        Map<String, Long> sizes = new HashMap<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint.toString())
                .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                sizes.put(s.getResource("g").getURI(), s.getLiteral("n").getLong());
            }
        }
        assertFalse(sizes.containsKey(null));
        return sizes;
    }
}
