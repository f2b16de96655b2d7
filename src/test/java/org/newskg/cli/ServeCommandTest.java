package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.Credentials;
import org.newskg.store.KgStore;

/** {@code kg serve}: refusals of its command line, and a real {@code kg serve} process run, used and stopped with SIGTERM. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesWithoutCredentialsAreAUsageError() {
        for (String write : new String[] {"--update", "--ingest"}) {
            CliRunner.Result r = CliRunner.run("serve", "--store", tmp.resolve("none").toString(), write);
            assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
            assertTrue(r.err().contains(write + " needs credentials") && r.err().contains("--password-file"), r.err());
        }
        CliRunner.Result unset = CliRunner.run("serve", "--update", "--password-env", "NEWSKG_TEST_VARIABLE_NOT_SET");
        assertEquals(ExitCodes.USAGE, unset.exitCode());
        assertTrue(unset.err().contains("NEWSKG_TEST_VARIABLE_NOT_SET is not set"), unset.err());
        CliRunner.Result timeout = CliRunner.run("serve", "--timeout", "0");
        assertEquals(ExitCodes.USAGE, timeout.exitCode());
        assertTrue(timeout.err().contains("--timeout"), timeout.err());
    }

    @Test
    void aMalformedPasswordFileIsAUsageErrorNamingItsLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("users.txt"), "# editors\nalice:first-Rain\nbob\n");
        CliRunner.Result r = CliRunner.run("serve", "--update", "--password-file", file.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains(file + ":3: expected user:password"), r.err());
        assertTrue(!r.err().contains("first-Rain"), "a password is never printed");
    }

    @Test
    @org.junit.jupiter.api.Timeout(300)
    void aServedStoreRefusesOtherProcessesAndSigtermStopsTheServerAndClosesTheStore() throws Exception {
        Path store = tmp.resolve("store");
        Node graph = NodeFactory.createURI("http://example.org/graph/harbour");
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceArticle(graph, sink -> sink.quad(Quad.create(graph, NodeFactory.createURI("http://example.org/harbour"),
                    NodeFactory.createURI("http://example.org/in"), NodeFactory.createLiteralString("Valparaiso"))));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-Dnewskg.home=" + IngestCommandTest.HOME,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0", "--update", "--password-env", "KG_TEST_SERVE_LOGIN")
                .redirectErrorStream(true);
        pb.environment().put("KG_TEST_SERVE_LOGIN", "harbourmaster:tide-Valparaiso");
        Process serve = pb.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            List<String> output = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("SPARQL endpoint: ")) {
                output.add(line);
            }
            assertTrue(line != null, "kg serve started: " + output);
            URI endpoint = URI.create(line.substring("SPARQL endpoint: ".length()).replace(" (read-write)", ""));
            CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> lines.lines().toList());

            HttpClient http = HttpClient.newHttpClient();
            String update = "INSERT DATA { GRAPH <http://example.org/graph/harbour> { <http://example.org/harbour> "
                    + "<http://example.org/in> \"Chile\" } }";
            HttpResponse<String> written = http.send(HttpRequest.newBuilder(endpoint.resolve("update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", new Credentials.Login("harbourmaster", "tide-Valparaiso").basicHeader())
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, written.statusCode(), "the login from --password-env may update: " + written.body());

            CliRunner.Result other = CliRunner.run("stats", "--store", store.toString());
            assertEquals(ExitCodes.FAILED, other.exitCode());
            assertTrue(other.err().contains("store in use by PID " + serve.pid()), other.err());

            // SIGTERM; through the handle, as Process.destroy() would also close our end of its output.
            assertTrue(serve.toHandle().destroy(), "SIGTERM sent");
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "kg serve stopped on SIGTERM");
            assertEquals(0, serve.exitValue(), "exit code after SIGTERM: " + rest.get());
            assertTrue(rest.get().stream().anyMatch(l -> l.contains("Stopped; the store is closed.")), rest.get().toString());
        } finally {
            serve.destroyForcibly();
        }
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(2, kg.tripleCount(graph), "the store opens, with the update in it");
        }
    }
}
