package org.newskg.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * Reads and writes {@code entities.tsv}, the knowledge base's one file format (see data/kb/README.md).
 *
 * <pre>{@code
 * List<KbRow> rows = KbFile.read(Path.of("data/kb/entities.tsv"));
 * KbFile.writeAtomically(Path.of("data/kb/entities.tsv"), rows);   // sorted by QID number
 * }</pre>
 * Writing sorts rows by the QID's number and always emits the same header, so a file written from the
 * same rows is byte-identical (what makes the shipped KB reproducible by {@code kg kb refresh}).
 * Stateless and thread-safe.
 */
public final class KbFile {

    /** Rows in QID-number order (Q2 before Q10), the order of the shipped file. */
    public static final Comparator<KbRow> ORDER = Comparator.comparingLong((KbRow r) -> qidNumber(r.entry().qid()));

    static final List<String> HEADER = List.of(
            "# newskg knowledge base: entities with confirmed Wikidata QIDs (see data/kb/README.md).",
            "# UTF-8, tab-separated, one entity per line, sorted by QID number. Lines starting with # are comments.",
            "# Columns: qid\tlabel\ttype\taliases\tcountry_qid\tdemonyms\tevidence",
            "#   aliases and demonyms are '|'-separated; type is one of Country, City, Place, Region, Facility, Person, Organization, Event.",
            "#   Demonyms (adjectives and plural nouns of nationality) are listed for countries only, and only where the word is unambiguous.");
    private static final int COLUMNS = 7;

    private KbFile() {
    }

    /** The number of a QID (148 for Q148). */
    public static long qidNumber(String qid) {
        return Long.parseLong(qid.substring(1));
    }

    /** Reads every row; a malformed row (or a QID defined twice) fails with {@code path:line: message}. */
    public static List<KbRow> read(Path file) {
        List<KbRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TsvRow tsv : TsvTable.read(file, "knowledge base").rows()) {
            KbRow row = parse(tsv.requireColumns(COLUMNS, "qid label type aliases country_qid demonyms evidence"));
            Integer before = seen.putIfAbsent(row.entry().qid(), tsv.line());
            if (before != null) {
                throw tsv.error(row.entry().qid() + " is already defined on line " + before);
            }
            rows.add(row);
        }
        return rows;
    }

    private static KbRow parse(TsvRow row) {
        List<String> c = row.cells();
        try {
            if (c.get(1).isBlank()) {
                throw new IllegalArgumentException("empty label for " + c.get(0));
            }
            String country = c.get(4).strip();
            if (!country.isEmpty() && !country.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("country_qid '" + country + "' is not a Wikidata item id");
            }
            KbEntry e = new KbEntry(c.get(0).strip(), c.get(1).strip(), EntityType.parse(c.get(2)), list(c.get(3)), country,
                    list(c.get(5)));
            return new KbRow(e, c.get(6));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage(), e);
        }
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The file's text for these rows: the header, then one line per row in {@link #ORDER}. */
    public static String format(List<KbRow> rows) {
        StringBuilder sb = new StringBuilder();
        HEADER.forEach(h -> sb.append(h).append('\n'));
        rows.stream().sorted(ORDER).forEach(r -> sb.append(line(r)).append('\n'));
        return sb.toString();
    }

    /** One row as written: seven tab-separated cells. */
    public static String line(KbRow r) {
        KbEntry e = r.entry();
        return String.join("\t", e.qid(), clean(e.label()), e.type().localName(), join(e.aliases()),
                e.countryQid() == null ? "" : e.countryQid(), join(e.demonyms()), r.evidence());
    }

    private static String join(List<String> values) {
        return String.join("|", values.stream().map(KbFile::clean).toList());
    }

    /** Tabs, line breaks and '|' would break the format; names never need them. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }

    /**
     * Writes the rows to a temporary file next to {@code file}, then moves it over {@code file}: a reader
     * sees the old file or the new one, and a failure leaves the old file untouched.
     */
    public static void writeAtomically(Path file, List<KbRow> rows) {
        AtomicFile.write(file, format(rows), "knowledge base");
    }
}
