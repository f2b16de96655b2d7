package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newskg.NewsKgException;

/**
 * The ready SPARQL queries of the project's {@code queries/} folder, which the build copies into the jar.
 *
 * <pre>{@code
 * for (QueryCatalog.Query q : QueryCatalog.bundled().queries()) { System.out.println(q.name()); }
 * }</pre>
 * Read once, then immutable and thread-safe.
 */
record QueryCatalog(List<Query> queries) {

    /** Where the build puts the copies of {@code queries/*.rq} (see the pom's resources). */
    static final String FOLDER = "org/newskg/serve/queries/";

    /** One query: its file name ("roles.rq") and its text. */
    record Query(String name, String text) {
    }

    QueryCatalog {
        queries = List.copyOf(queries);
    }

    /** The queries copied into the class path by the build, sorted by name; none when there are none. */
    static QueryCatalog bundled() {
        URL folder = QueryCatalog.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return new QueryCatalog(List.of());
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled queries at " + folder, e);
        } catch (URISyntaxException e) {
            throw new NewsKgException("cannot read the bundled queries at " + folder, e);
        }
    }

    private static QueryCatalog read(Path dir) throws IOException {
        List<Query> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".rq")) {
                    found.add(new Query(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return new QueryCatalog(found);
    }
}
