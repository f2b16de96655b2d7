package org.newskg.kb.online;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.QueryParseException;
import org.newskg.NewsKgException;
import org.newskg.kb.EntityType;

/**
 * One line of {@code data/kb/refresh-classes.tsv}: a named set of Wikidata entities, the newskg type they
 * get, and the SPARQL group pattern that binds {@code ?item} to them. Immutable.
 */
public record RefreshClass(String name, EntityType type, String pattern) {

    public RefreshClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("?item")) {
            throw new IllegalArgumentException("pattern of '" + name + "' does not bind ?item: " + pattern);
        }
    }

    /** Reads a classes file; a malformed line (or a pattern that is not valid SPARQL) fails with {@code path:line}. */
    public static List<RefreshClass> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read refresh classes " + file + ": " + e.getMessage(), e);
        }
        List<RefreshClass> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                if (c.length != 3) {
                    throw new IllegalArgumentException("expected 3 tab-separated columns (name type pattern), found " + c.length);
                }
                RefreshClass rc = new RefreshClass(c[0].strip(), EntityType.parse(c[1]), c[2].strip());
                org.apache.jena.query.QueryFactory.create(RefreshQueries.page(rc, 1, 0));
                out.add(rc);
            } catch (IllegalArgumentException | QueryParseException e) {
                throw new NewsKgException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new NewsKgException(file + ": no classes to refresh");
        }
        return out;
    }
}
