package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

class SparqlServerTest {

    @TempDir
    Path tmp;

    private static void fill(KgStore kg) {
        for (String g : new String[] {"a", "b"}) {
            kg.replaceArticle(NodeFactory.createURI("http://example.org/graph/" + g), sink -> sink.quad(
                    org.apache.jena.sparql.core.Quad.create(NodeFactory.createURI("http://example.org/graph/" + g),
                            NodeFactory.createURI("http://example.org/s/" + g),
                            NodeFactory.createURI("http://example.org/p"),
                            NodeFactory.createLiteralString(g))));
        }
    }

    @Test
    void theEndpointAnswersOverTheUnionOfArticleGraphs() throws Exception {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg);
            try (SparqlServer server = SparqlServer.start(kg, "127.0.0.1", 0, false)) {
                assertTrue(server.port() > 0);
                try (QueryExecution qe = QueryExecutionHTTP.service(server.endpoint().toString())
                        .query("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/p> ?o }").build()) {
                    ResultSet rs = qe.execSelect();
                    assertEquals(2, rs.next().getLiteral("n").getInt(), "both article graphs are in the default graph");
                }
                HttpResponse<String> ping = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ping.statusCode());
            }
        }
    }

    @Test
    void updatesAreRefusedUnlessAllowed() {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            fill(kg);
            long before = kg.tripleCount();
            try (SparqlServer server = SparqlServer.start(kg, "127.0.0.1", 0, false)) {
                String update = "http://127.0.0.1:" + server.port() + SparqlServer.DATASET + "/update";
                assertThrows(Exception.class, () -> UpdateExecutionHTTP.service(update)
                        .update("INSERT DATA { <http://x/s> <http://x/p> 1 }").execute());
            }
            assertEquals(before, kg.tripleCount());
        }
    }
}
