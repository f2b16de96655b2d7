package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.NewsKgException;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.serve.Credentials;

/**
 * {@code kg ingest --server URL}: sends each input file to a running server's {@code POST /kg/ingest} and reports
 * what it stored and refused, as a local ingest reports it (problems named by the local file).
 *
 * <pre>{@code
 * RemoteIngest remote = new RemoteIngest(URI.create("http://127.0.0.1:3030/kg/ingest"), login, problems::add);
 * remote.send(InputFile.of(path), System.in);
 * }</pre>
 * Credentials refused (401) or ingest not enabled (403) fail the whole command: no other file would fare better.
 * Not thread-safe.
 */
final class RemoteIngest {

    private final URI endpoint;
    private final Credentials.Login login;
    private final Consumer<IngestProblem> problems;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int articles;
    private long triples;

    RemoteIngest(URI endpoint, Credentials.Login login, Consumer<IngestProblem> problems) {
        this.endpoint = endpoint;
        this.login = login;
        this.problems = problems;
    }

    /** Sends one file (or standard input) and passes on the problems the server reports for it. */
    void send(InputFile file, InputStream stdin) {
        byte[] content;
        try {
            content = file.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(file.path());
        } catch (IOException e) {
            problems.accept(new IngestProblem(file.origin(), "cannot read: " + e.getMessage()));
            return;
        }
        String name = file.isStdin() ? InputFile.STDIN : file.fileName();
        HttpResponse<String> response = post(name, content);
        switch (response.statusCode()) {
            case 200, 400 -> read(file, name, response.body());
            case 401 -> throw new NewsKgException("server " + endpoint + " refused the credentials of user " + login.user() + " (401)");
            case 403 -> throw new NewsKgException("server " + endpoint + " does not accept ingest (403): " + response.body().strip());
            case 413 -> problems.accept(new IngestProblem(file.origin(), "refused by the server: larger than its request size limit (413)"));
            default -> problems.accept(new IngestProblem(file.origin(), "the server answered " + response.statusCode() + ": "
                    + response.body().strip()));
        }
    }

    private HttpResponse<String> post(String name, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", login.basicHeader())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NewsKgException("cannot reach server " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted while sending " + name + " to " + endpoint, e);
        }
    }

    /** Counts the stored articles; names each refusal by the local file (the server knows only its file name). */
    private void read(InputFile file, String name, String body) {
        JsonObject json;
        try {
            json = JSON.parse(body);
        } catch (JsonException e) {
            problems.accept(new IngestProblem(file.origin(), "the server's answer is not JSON: " + e.getMessage()));
            return;
        }
        for (JsonValue a : json.get("articles").getAsArray()) {
            articles++;
            triples += a.getAsObject().get("triples").getAsNumber().value().longValue();
        }
        for (JsonValue r : json.get("refused").getAsArray()) {
            String refusedName = r.getAsObject().getString("name");
            String origin = refusedName.startsWith(name) ? file.origin() + refusedName.substring(name.length()) : refusedName;
            problems.accept(new IngestProblem(origin, r.getAsObject().getString("reason")));
        }
    }

    /** One line: what the server stored. */
    void printSummary(PrintWriter out) {
        out.println("Sent to " + endpoint + ": " + articles + (articles == 1 ? " article" : " articles") + " stored ("
                + triples + " triples)");
    }
}
