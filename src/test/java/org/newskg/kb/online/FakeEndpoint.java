package org.newskg.kb.online;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving SPARQL endpoint for the failure tests (a JDK HttpServer on a loopback port): it answers
 * each request with the next of its scripted responses (the last one repeats).
 */
public final class FakeEndpoint implements AutoCloseable {

    /** One scripted answer: status, extra header (or null), body, and a delay before answering. */
    public record Answer(int status, String header, String value, String body, long delayMillis) {
        public static Answer ok(String json) {
            return new Answer(200, "Content-Type", "application/sparql-results+json", json, 0);
        }
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private FakeEndpoint(List<Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/sparql", ex -> answer(ex, answers.get(Math.min(requests.getAndIncrement(), answers.size() - 1))));
        server.start();
    }

    public static FakeEndpoint start(Answer... answers) throws IOException {
        return new FakeEndpoint(List.of(answers));
    }

    private static void answer(HttpExchange ex, Answer a) throws IOException {
        ex.getRequestBody().readAllBytes();
        try {
            Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (a.header() != null) {
            ex.getResponseHeaders().add(a.header(), a.value());
        }
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        try {
            ex.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client gave up (timeout test): nothing to answer to.
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
