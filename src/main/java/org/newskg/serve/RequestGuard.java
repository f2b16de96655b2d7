package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The servlet filter in front of everything the server answers: reads pass, writes need an enabled operation
 * and a user who authenticates, and no request body may exceed the size limit.
 *
 * <pre>{@code
 * builder.addFilter("/*", new RequestGuard(options, intake != null));
 * }</pre>
 * A write is {@code POST /kg/ingest}, or any request to the dataset other than GET, HEAD, OPTIONS or a
 * POSTed query (SPARQL Update, graph store PUT/POST/DELETE, uploads). Refusals: 403 when the operation is not
 * enabled (no {@code --update}, no {@code --ingest}), 401 with {@code WWW-Authenticate: Basic realm="newskg"}
 * without valid credentials, 413 for a body over the limit. Immutable and thread-safe.
 */
final class RequestGuard implements Filter {

    /** The realm named in the {@code WWW-Authenticate} challenge. */
    static final String REALM = "newskg";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private enum Kind { READ, UPDATE, INGEST }

    private final ServeOptions options;
    private final boolean ingest;

    RequestGuard(ServeOptions options, boolean ingest) {
        this.options = options;
        this.ingest = ingest;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getContentLengthLong() > options.maxBody()) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body of " + req.getContentLengthLong()
                    + " bytes is over the server's limit of " + options.maxBody() + " bytes (kg serve --max-body)");
            return;
        }
        Kind kind = kind(req);
        if (kind != Kind.READ) {
            boolean enabled = kind == Kind.UPDATE ? options.update() : ingest;
            if (!enabled) {
                refuse(resp, HttpServletResponse.SC_FORBIDDEN, (kind == Kind.UPDATE ? "updates are" : "ingest is")
                        + " not enabled on this server (start kg serve with " + (kind == Kind.UPDATE ? "--update" : "--ingest") + ")");
                return;
            }
            if (options.credentials() == null || options.credentials().authenticate(req.getHeader("Authorization")).isEmpty()) {
                resp.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                refuse(resp, HttpServletResponse.SC_UNAUTHORIZED, "writing needs a user and password (HTTP basic authentication)");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Kind kind(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(SparqlServer.INGEST)) {
            return Kind.INGEST;   // decided before reading any parameter: that would consume a form-typed body
        }
        boolean dataset = path.equals(SparqlServer.DATASET) || path.startsWith(SparqlServer.DATASET + "/");
        if (!dataset || READ_METHODS.contains(req.getMethod().toUpperCase(Locale.ROOT))) {
            return Kind.READ;
        }
        return isQuery(req) ? Kind.READ : Kind.UPDATE;
    }

    /** A POSTed SPARQL query: its body is the query, or it is a form with {@code query=} and no {@code update=}. */
    private static boolean isQuery(HttpServletRequest req) {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded")
                && req.getParameter("query") != null && req.getParameter("update") == null && req.getParameter("request") == null;
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
