package org.newskg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /api/queries}: the ready queries as JSON, {@code {"queries":[{"name":"roles.rq","text":"..."}]}},
 * for the page's SPARQL box.
 *
 * <pre>{@code
 * builder.addServlet("/api/queries", new QueriesServlet(QueryCatalog.bundled()));
 * }</pre>
 * Thread-safe: the catalog is immutable and the JSON is written once.
 */
final class QueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] json;

    QueriesServlet(QueryCatalog catalog) {
        try {
            this.json = new ObjectMapper().writeValueAsBytes(catalog);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the query catalog as JSON", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(json);
    }
}
