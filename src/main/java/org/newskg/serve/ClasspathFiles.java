package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves read-only files from a folder of the class path, such as the page's scripts or a WebJar's files.
 *
 * <pre>{@code
 * builder.addServlet("/ui/*", new ClasspathFiles("org/newskg/serve/web/", null));
 * }</pre>
 * The part of the request path after the servlet's mapping names the file; {@code index}, when given,
 * answers a request for the mapping itself. Only file names with a known extension are served (no
 * directory listings, no {@code ..}). Thread-safe: it holds only immutable configuration.
 */
final class ClasspathFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json");

    private final String folder;
    private final String index;

    /** {@code folder} ends with "/"; {@code index} is the file served for the bare mapping, or null for none. */
    ClasspathFiles(String folder, String index) {
        if (!folder.endsWith("/") || folder.startsWith("/")) {
            throw new IllegalArgumentException("a class path folder is relative and ends with '/': " + folder);
        }
        this.folder = folder;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null || "/".equals(req.getPathInfo()) ? index : req.getPathInfo().substring(1);
        String type = name == null ? null : TYPES.get(extension(name));
        if (type == null || name.contains("..") || name.contains("//") || name.contains("\\")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            // The page's own files change with each build; library files carry their version in the path.
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
