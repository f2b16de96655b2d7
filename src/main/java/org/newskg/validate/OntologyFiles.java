package org.newskg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.NewsKgException;

/**
 * Finds the files of {@code ontology/}: under the newskg folder ({@code newskg.home}, set by the {@code kg}
 * launcher and the tests; else env {@code NEWSKG_HOME}), else under the working directory.
 *
 * <pre>{@code
 * Path shapes = OntologyFiles.shapes();   // .../ontology/shapes.ttl
 * }</pre>
 * Stateless and thread-safe.
 */
public final class OntologyFiles {

    private OntologyFiles() {
    }

    public static Path ontology() {
        return find("newskg.ttl");
    }

    public static Path shapes() {
        return find("shapes.ttl");
    }

    private static Path find(String name) {
        String home = System.getProperty("newskg.home", System.getenv("NEWSKG_HOME"));
        Path dir = home != null && Files.isDirectory(Path.of(home, "ontology")) ? Path.of(home, "ontology") : Path.of("ontology");
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NewsKgException("cannot find " + file.toAbsolutePath()
                    + " (run kg from the newskg folder, or set NEWSKG_HOME to it)");
        }
        return file;
    }
}
