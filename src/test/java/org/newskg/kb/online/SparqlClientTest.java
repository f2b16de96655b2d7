package org.newskg.kb.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.kb.online.FakeEndpoint.Answer;

/** The client's manners and failure messages, against a real HTTP server that misbehaves on purpose. */
class SparqlClientTest {

    static final String ONE_ROW = """
            {"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"hello"}}]}}""";

    private static SparqlClient client(URI endpoint, int retries, Duration timeout) {
        return new SparqlClient(SparqlClient.Settings.defaults(endpoint, "test").withTimeout(timeout)
                .withRetries(retries, Duration.ofMillis(50)));
    }

    @Test
    void http429IsAnsweredByWaitingItsRetryAfterThenRetrying() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(429, "Retry-After", "1", "slow down", 0), Answer.ok(ONE_ROW))) {
            long t0 = System.nanoTime();
            var rows = client(f.endpoint(), 2, Duration.ofSeconds(5)).select("SELECT ?x {}");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("hello", rows.get(0).get("x").getLiteralLexicalForm());
            assertEquals(2, f.requests());
            assertTrue(ms >= 950, "waited the Retry-After second, not the 50 ms backoff: " + ms + " ms");
        }
    }

    @Test
    void aRetryAfterLongerThanTheLimitFailsAtOnceWithAClearMessage() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(429, "Retry-After", "3600", "", 0))) {
            NewsKgException e = assertThrows(NewsKgException.class,
                    () -> client(f.endpoint(), 3, Duration.ofSeconds(5)).select("SELECT ?x {}"));
            assertTrue(e.getMessage().contains("429") && e.getMessage().contains("3600"), e.getMessage());
            assertEquals(1, f.requests());
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(503, null, null, "busy", 0), new Answer(502, null, null, "", 0),
                Answer.ok(ONE_ROW))) {
            assertEquals(1, client(f.endpoint(), 2, Duration.ofSeconds(5)).select("SELECT ?x {}").size());
            assertEquals(3, f.requests());
        }
    }

    @Test
    void aSlowEndpointTimesOut() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(200, null, null, ONE_ROW, 3000))) {
            NewsKgException e = assertThrows(NewsKgException.class,
                    () -> client(f.endpoint(), 0, Duration.ofSeconds(1)).select("SELECT ?x {}"));
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
            assertTrue(e.getMessage().contains(f.endpoint().toString()), e.getMessage());
        }
    }

    @Test
    void anEndpointThatIsDownSaysSo() throws IOException {
        URI gone;
        try (FakeEndpoint f = FakeEndpoint.start(Answer.ok(ONE_ROW))) {
            gone = f.endpoint();
        }
        NewsKgException e = assertThrows(NewsKgException.class, () -> client(gone, 1, Duration.ofSeconds(2)).select("SELECT ?x {}"));
        assertTrue(e.getMessage().contains("cannot connect") && e.getMessage().contains("2 attempt"), e.getMessage());
    }

    @Test
    void malformedResultsNameTheEndpointAndShowTheAnswer() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(200, "Content-Type", "text/html", "<html>maintenance</html>", 0))) {
            NewsKgException e = assertThrows(NewsKgException.class,
                    () -> client(f.endpoint(), 0, Duration.ofSeconds(2)).select("SELECT ?x {}"));
            assertTrue(e.getMessage().startsWith("malformed results from " + f.endpoint()), e.getMessage());
            assertTrue(e.getMessage().contains("<html>maintenance"), e.getMessage());
        }
    }

    @Test
    void aRefusedQueryIsNotRetried() throws IOException {
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(400, null, null, "Parse error: line 1", 0))) {
            NewsKgException e = assertThrows(NewsKgException.class,
                    () -> client(f.endpoint(), 3, Duration.ofSeconds(2)).select("SELECT ?x {}"));
            assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("Parse error"), e.getMessage());
            assertEquals(1, f.requests());
        }
    }

    @Test
    void theUserAgentNamesNewskgAndItsVersion() {
        assertTrue(SparqlClient.userAgent("1.2.3").startsWith("newskg/1.2.3 (https://w3id.org/newskg/"));
    }
}
