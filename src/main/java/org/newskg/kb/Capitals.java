package org.newskg.kb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * The capital city of each country, as {@code kg kb build} reads it from Natural Earth
 * ({@code data/kb/natural-earth/capitals.tsv}: country QID, capital QID): what "the Kenyan capital" and "Brazil's
 * capital" name. A country Natural Earth gives two capitals has none here. The capital is today's: a story from
 * before a move ("the Nigerian capital" in 1985, Lagos) is read with the later seat. Immutable.
 */
public final class Capitals {

    /** The file's name inside the Natural Earth folder of the knowledge base. */
    public static final String FILE_NAME = "capitals.tsv";
    static final String FILE = "kb/natural-earth/" + FILE_NAME;
    static final String HISTORICAL = "kb/curated/capitals.tsv";

    /** Knows no capital. */
    public static final Capitals NONE = new Capitals(Map.of());

    private final Map<String, String> byCountry;

    private Capitals(Map<String, String> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    /**
     * Reads the file, and the hand-curated capitals of states that no longer exist ({@value #HISTORICAL}: "the Soviet
     * capital"), when the data directory has them (a trimmed data folder may not: then no capital is known).
     */
    public static Capitals load(Path dataDir) {
        Map<String, String> out = new HashMap<>();
        read(dataDir.resolve(FILE), "capitals", "country_qid capital_qid", out);
        read(dataDir.resolve(HISTORICAL), "historical capitals", "country_qid capital_qid country capital", out);
        return new Capitals(out);
    }

    private static void read(Path file, String what, String columns, Map<String, String> out) {
        for (TsvRow row : TsvTable.readIfExists(file, what).rows()) {
            List<String> c = row.requireColumns(columns.split(" ").length, columns).cells();
            if (out.put(c.get(0).strip(), c.get(1).strip()) != null) {
                throw row.error("second capital of " + c.get(0).strip());
            }
        }
    }

    /** The QID of the capital of the country with this QID, or empty when none is known. */
    public Optional<String> of(String countryQid) {
        return Optional.ofNullable(byCountry.get(countryQid));
    }
}
