package org.newskg.kb.online;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.NewsKgException;

/**
 * A polite client for a remote SPARQL endpoint such as the Wikidata query service: a User-Agent that
 * names newskg, a timeout per request, retries with exponential backoff on network errors and 5xx
 * answers, and HTTP 429 answered by waiting as long as its Retry-After says (up to a limit).
 *
 * <pre>{@code
 * SparqlClient c = new SparqlClient(SparqlClient.Settings.defaults(URI.create("https://query.wikidata.org/sparql")));
 * List<Map<String, Node>> rows = c.select("SELECT ?x { wd:Q148 rdfs:label ?x }");
 * }</pre>
 * Every failure is a {@link NewsKgException} naming the endpoint and what went wrong. Thread-safe; it
 * counts the requests it sent (for reports and tests).
 */
public final class SparqlClient {

    /** Where the public Wikidata query service answers. */
    public static final URI WIKIDATA = URI.create("https://query.wikidata.org/sparql");

    /**
     * How the client behaves. {@code retries} is the number of extra attempts after a failed one;
     * {@code backoff} the first wait (doubled after each failure); a Retry-After longer than
     * {@code maxRetryAfter} is not waited for.
     */
    public record Settings(URI endpoint, Duration timeout, int retries, Duration backoff, Duration maxRetryAfter,
                           String userAgent) {
        public Settings {
            if (endpoint == null || endpoint.getScheme() == null || !endpoint.getScheme().matches("https?")) {
                throw new NewsKgException("endpoint must be an http(s) URL, got '" + endpoint + "'");
            }
            if (retries < 0) {
                throw new NewsKgException("retries must be 0 or more, got " + retries);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new NewsKgException("timeout must be positive, got " + timeout);
            }
        }

        /** 60 s timeout, 4 retries from 2 s backoff, Retry-After honoured up to 5 minutes. */
        public static Settings defaults(URI endpoint, String version) {
            return new Settings(endpoint, Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofMinutes(5),
                    SparqlClient.userAgent(version));
        }

        public Settings withTimeout(Duration t) {
            return new Settings(endpoint, t, retries, backoff, maxRetryAfter, userAgent);
        }

        public Settings withRetries(int n, Duration firstBackoff) {
            return new Settings(endpoint, timeout, n, firstBackoff, maxRetryAfter, userAgent);
        }
    }

    /** The User-Agent the Wikimedia policy asks for: tool name, version and where to learn more. */
    public static String userAgent(String version) {
        return "newskg/" + version + " (https://w3id.org/newskg/; news knowledge graph builder) Java-HttpClient";
    }

    private final Settings settings;
    private final HttpClient http;
    private final AtomicInteger requests = new AtomicInteger();

    public SparqlClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public URI endpoint() {
        return settings.endpoint();
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    /** Runs a SELECT query; each row maps variable names to bound values (unbound ones are absent). */
    public List<Map<String, Node>> select(String query) {
        byte[] body = send(query, "application/sparql-results+json");
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            List<Map<String, Node>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, Node> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    if (n != null) {
                        row.put(v, n.asNode());
                    }
                });
                rows.add(row);
            }
            return rows;
        } catch (RuntimeException e) {
            throw malformed(body, e);
        }
    }

    /** Runs a CONSTRUCT query; the answer is read as Turtle. */
    public Graph construct(String query) {
        byte[] body = send(query, "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            // Errors become our exception (with the endpoint named), not a log line.
            RDFParser.create().source(new ByteArrayInputStream(body)).lang(Lang.TURTLE)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(g);
            return g;
        } catch (RuntimeException e) {
            throw malformed(body, e);
        }
    }

    private NewsKgException malformed(byte[] body, RuntimeException e) {
        String start = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return new NewsKgException("malformed results from " + settings.endpoint() + ": " + e.getMessage()
                + " (answer starts with '" + start + "')", e);
    }

    private byte[] send(String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        Duration backoff = settings.backoff();
        for (int attempt = 0; ; attempt++) {
            requests.incrementAndGet();
            String problem;
            Duration pause = backoff;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body();
                }
                if (status == 429) {
                    // The server says when to come back: that wait replaces our own backoff.
                    pause = retryAfter(response).orElse(backoff);
                    if (pause.compareTo(settings.maxRetryAfter()) > 0) {
                        throw new NewsKgException(settings.endpoint() + " answered HTTP 429 (too many requests) and asks "
                                + "to wait " + pause.toSeconds() + " s, more than the " + settings.maxRetryAfter().toSeconds()
                                + " s newskg waits; try again later");
                    }
                    problem = "HTTP 429 (too many requests)";
                } else if (status >= 500) {
                    problem = "HTTP " + status + " (server error)";
                } else {
                    throw new NewsKgException(settings.endpoint() + " refused the query: HTTP " + status + " "
                            + new String(response.body(), 0, Math.min(response.body().length, 300), StandardCharsets.UTF_8).strip());
                }
            } catch (HttpTimeoutException e) {
                problem = "no answer within " + settings.timeout().toSeconds() + " s (timeout)";
            } catch (ConnectException e) {
                problem = "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
                        + "); is the endpoint down or this machine offline?";
            } catch (IOException e) {
                problem = "network error: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsKgException("interrupted while querying " + settings.endpoint(), e);
            }
            if (attempt >= settings.retries()) {
                throw new NewsKgException("cannot query " + settings.endpoint() + " after " + (attempt + 1)
                        + " attempt(s): " + problem);
            }
            sleep(pause);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> h = response.headers().firstValue("Retry-After").map(String::strip);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String v = h.get();
        if (v.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted while waiting to retry", e);
        }
    }
}
