package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code POST /kg/ingest?name=FILENAME}: the request body is one article file, read as {@code FILENAME} would be
 * (its extension chooses the format) and stored through an {@link ArticleIntake}. The {@link RequestGuard} in front
 * has already checked the credentials.
 *
 * <p>Answers {@code {"articles":[{"graph":"...","title":"...","triples":N}],"refused":[{"name":"...","reason":"..."}]}}
 * with 200, or 400 when nothing was stored; 413 when the body is over the size limit.
 * Thread-safe.
 */
final class IngestServlet extends HttpServlet {

    /** The name given to an upload without {@code ?name=}: no extension, so its format is sniffed from the content. */
    static final String UNNAMED = "upload";

    private final transient ArticleIntake intake;
    private final long maxBody;

    IngestServlet(ArticleIntake intake, long maxBody) {
        this.intake = intake;
        this.maxBody = maxBody;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = nameParameter(req.getQueryString());
        byte[] body = readAtMost(req.getInputStream(), maxBody);
        if (body == null) {
            JsonObject json = new JsonObject();
            json.put("error", "the article is over the server's limit of " + maxBody + " bytes (kg serve --max-body)");
            send(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, json);
            return;
        }
        ArticleIntake.Outcome outcome = intake.ingest(name, body);
        send(resp, outcome.articles().isEmpty() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK, json(outcome));
    }

    static JsonObject json(ArticleIntake.Outcome outcome) {
        JsonArray articles = new JsonArray();
        for (ArticleIntake.Stored s : outcome.articles()) {
            JsonObject a = new JsonObject();
            a.put("graph", s.graph());
            if (s.title() != null) {
                a.put("title", s.title());
            }
            a.put("triples", s.triples());
            articles.add(a);
        }
        JsonArray refused = new JsonArray();
        outcome.refused().forEach(p -> {
            JsonObject r = new JsonObject();
            r.put("name", p.origin());
            r.put("reason", p.message());
            refused.add(r);
        });
        JsonObject json = new JsonObject();
        json.put("articles", articles);
        json.put("refused", refused);
        return json;
    }

    /**
     * The {@code name} parameter, from the query string only: asking the servlet API would read a form-typed body
     * (what {@code curl --data-binary} sends) as parameters.
     */
    private static String nameParameter(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("name=") && pair.length() > 5) {
                    return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        return UNNAMED;
    }

    /** The whole stream, or null when it holds more than {@code max} bytes (a body without a declared length). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void send(HttpServletResponse resp, int status, JsonObject json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
