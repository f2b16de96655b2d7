package org.newskg.kb.online;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.QueryParseException;
import org.newskg.NewsKgException;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
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
        List<RefreshClass> out = new ArrayList<>();
        for (TsvRow row : TsvTable.read(file, "refresh classes").rows()) {
            List<String> c = row.requireColumns(3, "name type pattern").cells();
            try {
                RefreshClass rc = new RefreshClass(c.get(0).strip(), EntityType.parse(c.get(1)), c.get(2).strip());
                org.apache.jena.query.QueryFactory.create(RefreshQueries.page(rc, 1, 0));
                out.add(rc);
            } catch (IllegalArgumentException | QueryParseException e) {
                throw row.error(e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new NewsKgException(file + ": no classes to refresh");
        }
        return out;
    }
}
