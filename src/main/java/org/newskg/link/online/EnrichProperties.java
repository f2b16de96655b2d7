package org.newskg.link.online;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newskg.NewsKgException;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * Reads {@code data/kb/enrich-properties.tsv}: the properties {@code kg link enrich} copies from the endpoint,
 * as full IRIs. Stateless.
 */
public final class EnrichProperties {

    static final Map<String, String> PREFIXES = Map.of(
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "schema", "http://schema.org/",
            "wdt", "http://www.wikidata.org/prop/direct/",
            "p", "http://www.wikidata.org/prop/");

    private EnrichProperties() {
    }

    /** The property IRIs in file order; an unknown prefix or a malformed line fails with {@code path:line}. */
    public static List<String> read(Path file) {
        List<String> out = new ArrayList<>();
        // only the first column counts: the rest of a line says in words what the property is
        for (TsvRow row : TsvTable.read(file, "enrich properties").rows()) {
            try {
                out.add(iri(row.cell(0).strip()));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new NewsKgException(file + ": no properties listed");
        }
        return List.copyOf(out);
    }

    static String iri(String p) {
        if (p.startsWith("<") && p.endsWith(">") && p.length() > 2 && !p.contains(" ")) {
            return p.substring(1, p.length() - 1);
        }
        int colon = p.indexOf(':');
        String ns = colon > 0 ? PREFIXES.get(p.substring(0, colon)) : null;
        String local = colon > 0 ? p.substring(colon + 1) : "";
        if (ns == null || !local.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + p + "' is not <IRI> nor a prefixed name with one of " + PREFIXES.keySet());
        }
        return ns + local;
    }
}
