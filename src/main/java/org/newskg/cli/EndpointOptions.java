package org.newskg.cli;

import java.net.URI;
import java.time.Duration;
import org.newskg.kb.online.SparqlClient;
import picocli.CommandLine.Option;

/** The options of the commands that query a remote SPARQL endpoint ({@code kg kb refresh}, {@code kg link enrich}). */
public final class EndpointOptions {

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://query.wikidata.org/sparql",
            description = "SPARQL endpoint holding Wikidata-shaped data (default: ${DEFAULT-VALUE}, the public "
                    + "Wikidata query service).")
    URI endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Retry a failed request (network error, timeout, HTTP 5xx or 429) up to N times, waiting "
                    + "2 s, 4 s, 8 s... or as long as an HTTP 429's Retry-After asks, up to 300 s (default: ${DEFAULT-VALUE}).")
    int retries;

    SparqlClient client() {
        if (timeoutSeconds < 1) {
            throw new org.newskg.NewsKgException("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        return new SparqlClient(SparqlClient.Settings.defaults(endpoint, VersionProvider.version())
                .withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withRetries(retries, Duration.ofSeconds(2)));
    }
}
